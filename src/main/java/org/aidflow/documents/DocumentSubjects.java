package org.aidflow.documents;

import java.util.Optional;

/**
 * Tells the document store who the parties of an agreement or project are, so that it can decide
 * who may upload and download; each feature that owns documents provides one.
 */
public interface DocumentSubjects {

    /** "agreement" or "project". */
    String subjectType();

    Optional<Parties> parties(long id);

    record Parties(String donor, String recipient) {
    }
}
