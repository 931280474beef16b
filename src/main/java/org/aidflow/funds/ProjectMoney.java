package org.aidflow.funds;

import java.math.BigDecimal;

/**
 * A project's money as its ledger entries add up, for the features that settle a finished project.
 * {@code balance} is what the recipient still holds; {@code refundOutstanding} is refunded money
 * whose arrival the donor has not yet confirmed.
 */
public record ProjectMoney(BigDecimal allocated, BigDecimal transferred, BigDecimal received, BigDecimal spent,
                           BigDecimal refunded, BigDecimal refundReceived) {

    public BigDecimal balance() {
        return received.subtract(spent).subtract(refunded);
    }

    public BigDecimal refundOutstanding() {
        return refunded.subtract(refundReceived);
    }

    /** What the recipient may report as spent: what it received and has not paid back. */
    public BigDecimal spendable() {
        return received.subtract(refunded);
    }
}
