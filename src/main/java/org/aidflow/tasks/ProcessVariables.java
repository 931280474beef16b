package org.aidflow.tasks;

/**
 * The process variables more than one process or feature reads, named once: every process carries
 * its subject's id and its two parties (the inbox and task access read them), aid-project hands
 * projectId and trancheCount on to aid-tranche and aid-completion, and every review task's form
 * field and gateway variable is {@code decision}. Names only one process uses stay in its own
 * constants class (AgreementProcess, ProjectProcess, TrancheProcess, CompletionProcess).
 */
public final class ProcessVariables {

    public static final String AGREEMENT_ID = "agreementId";
    public static final String PROJECT_ID = "projectId";
    public static final String DONOR_UNION = "donorUnion";
    public static final String RECIPIENT_UNION = "recipientUnion";
    public static final String TRANCHE_COUNT = "trancheCount";
    public static final String DECISION = "decision";

    private ProcessVariables() {
    }
}
