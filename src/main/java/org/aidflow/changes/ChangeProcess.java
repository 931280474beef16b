package org.aidflow.changes;

import java.util.Set;

/** The aid-project-change process: its key, task ids and variables. */
final class ChangeProcess {

    static final String KEY = "aid-project-change";
    static final String DONOR = "approveChangeDonor";
    static final String RECIPIENT = "reviewChangeRecipient";
    static final String REGION = "approveChangeRegion";
    static final String NATIONAL = "fileChangeNational";
    static final Set<String> TASKS = Set.of(DONOR, RECIPIENT, REGION, NATIONAL);
    static final String CHANGE_ID = "changeId";

    private ChangeProcess() {
    }
}
