package org.aidflow.funds;

/** The kinds of money movement the fund ledger records. */
enum EntryType {
    ALLOCATION, TRANSFER, RECEIPT, SPEND, REFUND, REFUND_RECEIPT
}
