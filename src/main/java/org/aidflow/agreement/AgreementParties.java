package org.aidflow.agreement;

import org.aidflow.documents.DocumentSubjects;
import org.aidflow.documents.DocumentSubjects.Parties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the document store whose agreement a document belongs to. */
@Configuration(proxyBeanMethods = false)
class AgreementParties {

    @Bean
    DocumentSubjects agreementDocuments(Agreements agreements) {
        return DocumentSubjects.of("agreement", agreements::find, agreements::lock,
                a -> new Parties(a.donorUnion(), a.recipientUnion(), a.status().isFinal()));
    }
}
