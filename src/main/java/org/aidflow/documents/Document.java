package org.aidflow.documents;

import java.time.Instant;

/** A stored file: what it is, who uploaded it, and its SHA-256 so that any later change shows. */
public record Document(long id, Long agreementId, Long projectId, String fileName, String contentType, long size,
                       String sha256, String uploadedBy, Instant uploadedAt) {
}
