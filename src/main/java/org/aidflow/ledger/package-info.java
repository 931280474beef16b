/** The hash-chained, append-only fund ledger: its entries, their chain and verification, the sums and traces read from it. */
package org.aidflow.ledger;
