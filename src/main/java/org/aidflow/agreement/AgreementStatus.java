package org.aidflow.agreement;

/** Where an agreement stands; only an ACTIVE agreement can carry projects. */
public enum AgreementStatus {
    UNDER_REVIEW, SIGNING, ACTIVE, REJECTED, WITHDRAWN;

    /** The agreement's process has ended without it taking effect: nothing more happens to it. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
