package org.aidflow.agreement;

/** Where an agreement stands; only an ACTIVE agreement can carry projects. */
public enum AgreementStatus {
    UNDER_REVIEW, SIGNING, ACTIVE, REJECTED, WITHDRAWN
}
