package org.aidflow.ledger;

/** The kinds of money movement the fund ledger records. */
public enum EntryType {
    ALLOCATION, TRANSFER, RECEIPT, SPEND, REFUND, REFUND_RECEIPT
}
