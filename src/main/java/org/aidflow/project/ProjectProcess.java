package org.aidflow.project;

/** Names shared with processes/aid-project.bpmn. */
final class ProjectProcess {

    static final String KEY = "aid-project";
    static final String PROJECT_CODE = "projectCode";
    static final String REGION_UNION = "regionUnion";
    static final String BUDGET = "budget";
    static final String TYPE_GROUP = "typeGroup";

    static final String APPROVE_DONOR = "approveProposalDonor";
    static final String REVIEW_RECIPIENT = "reviewProposalRecipient";
    static final String APPROVE_REGION = "approveProposalRegion";
    static final String FILE_NATIONAL = "fileProposalNational";
    static final String REVISE = "reviseProposal";

    /** Ends the process at the withdrawn end while the donor's approval is still open (a boundary event on it). */
    static final String WITHDRAWAL_REQUESTED = "projectWithdrawalRequested";

    private ProjectProcess() {
    }
}
