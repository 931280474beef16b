package org.aidflow.funds;

/** Names shared with processes/aid-tranche.bpmn and the allocateFunds step of aid-project.bpmn. */
final class TrancheProcess {

    static final String TRANCHE_NO = "trancheNo";
    static final String RECEIPT_SHORTFALL = "receiptShortfall";

    static final String REQUEST = "requestTranche";
    static final String APPROVE = "approveTranche";
    static final String TRANSFER = "recordTransfer";
    static final String RECEIPT = "confirmReceipt";
    static final String INVESTIGATE = "investigateDiscrepancy";

    private TrancheProcess() {
    }
}
