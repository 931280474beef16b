package org.aidflow.project;

/** The first transfer put an approved project in progress: from now on it reports its progress every quarter. */
public record ProjectFunded(long projectId, String projectCode, long agreementId, String donorUnion, String recipientUnion,
                            String regionUnion) {
}
