package org.aidflow.agreement;

import java.util.Optional;

import org.aidflow.documents.DocumentSubjects;
import org.springframework.stereotype.Component;

/** Tells the document store whose agreement a document belongs to. */
@Component
class AgreementParties implements DocumentSubjects {

    private final Agreements agreements;

    AgreementParties(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public String subjectType() {
        return "agreement";
    }

    @Override
    public Optional<Parties> parties(long id) {
        return agreements.find(id).map(AgreementParties::of);
    }

    @Override
    public Optional<Parties> lockParties(long id) {
        return agreements.lock(id).map(AgreementParties::of);
    }

    private static Parties of(Agreement a) {
        return new Parties(a.donorUnion(), a.recipientUnion(), a.status().isFinal());
    }
}
