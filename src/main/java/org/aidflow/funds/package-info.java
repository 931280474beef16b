/** Tranches of funds, from request to receipt, and the settlement of a finished project's money, each written to the ledger. */
package org.aidflow.funds;
