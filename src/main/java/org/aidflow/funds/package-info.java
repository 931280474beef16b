/** Tranches of funds and the hash-chained, append-only fund ledger that records every movement of money. */
package org.aidflow.funds;
