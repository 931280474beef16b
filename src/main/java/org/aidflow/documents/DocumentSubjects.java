package org.aidflow.documents;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Tells the document store who the parties of an agreement or project are, so that it can decide
 * who may upload and download, and whether it still takes documents; each feature that owns
 * documents provides one.
 */
public interface DocumentSubjects {

    /** "agreement" or "project". */
    String subjectType();

    Optional<Parties> parties(long id);

    /**
     * The same, with the agreement's or project's row locked until the transaction ends, so that it
     * cannot reach a final status while a document is being added to it.
     */
    Optional<Parties> lockParties(long id);

    /** {@code closed}: the agreement or project has reached a final status and takes no more documents. */
    record Parties(String donor, String recipient, boolean closed) {
    }

    /** The subjects of one type, read (and read with a lock) by id, each telling its parties. */
    static <T> DocumentSubjects of(String subjectType, LongFunction<Optional<T>> find, LongFunction<Optional<T>> lock,
                                   Function<T, Parties> parties) {
        return new DocumentSubjects() {
            @Override
            public String subjectType() {
                return subjectType;
            }

            @Override
            public Optional<Parties> parties(long id) {
                return find.apply(id).map(parties);
            }

            @Override
            public Optional<Parties> lockParties(long id) {
                return lock.apply(id).map(parties);
            }
        };
    }
}
