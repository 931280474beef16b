package org.aidflow.agreement;

/** Names shared with processes/aid-agreement.bpmn. */
final class AgreementProcess {

    static final String KEY = "aid-agreement";
    static final String AGREEMENT_CODE = "agreementCode";

    static final String REVIEW = "reviewAgreement";
    static final String REVISE = "reviseAgreement";
    static final String SIGN_DONOR = "signAgreementDonor";
    static final String SIGN_RECIPIENT = "signAgreementRecipient";

    /** Ends the process at the withdrawn end while the review is still open (a boundary event on it). */
    static final String WITHDRAWAL_REQUESTED = "agreementWithdrawalRequested";

    private AgreementProcess() {
    }
}
