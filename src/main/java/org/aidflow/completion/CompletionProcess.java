package org.aidflow.completion;

/** Names shared with processes/aid-completion.bpmn and its forms. */
final class CompletionProcess {

    static final String REPORT = "submitCompletionReport";
    static final String INSPECT = "inspectCompletion";
    static final String RECTIFY = "rectifyCompletion";
    static final String REFUND = "recordRefund";
    static final String CONFIRM_REFUND = "confirmRefund";
    static final String AUDIT = "auditProject";

    /** Gateway variables: the inspection's or audit's decision, whether money goes back, and the outcome. */
    static final String REFUND_DUE = "refundDue";
    static final String OUTCOME = "completionOutcome";

    static final String PASSED = "PASSED";
    static final String FAILED = "FAILED";

    private CompletionProcess() {
    }
}
