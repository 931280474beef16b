package org.aidflow.project;

import org.aidflow.documents.DocumentSubjects;
import org.aidflow.documents.DocumentSubjects.Parties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the document store whose project a document belongs to. */
@Configuration(proxyBeanMethods = false)
class ProjectParties {

    @Bean
    DocumentSubjects projectDocuments(Projects projects) {
        return DocumentSubjects.of("project", projects::find, projects::lock,
                p -> new Parties(p.donorUnion(), p.recipientUnion(), p.status().isFinal()));
    }
}
