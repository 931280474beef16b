package org.aidflow.project;

import java.util.Optional;

import org.aidflow.documents.DocumentSubjects;
import org.springframework.stereotype.Component;

/** Tells the document store whose project a document belongs to. */
@Component
class ProjectParties implements DocumentSubjects {

    private final Projects projects;

    ProjectParties(Projects projects) {
        this.projects = projects;
    }

    @Override
    public String subjectType() {
        return "project";
    }

    @Override
    public Optional<Parties> parties(long id) {
        return projects.find(id).map(ProjectParties::of);
    }

    @Override
    public Optional<Parties> lockParties(long id) {
        return projects.lock(id).map(ProjectParties::of);
    }

    private static Parties of(Project p) {
        return new Parties(p.donorUnion(), p.recipientUnion(), p.status().isFinal());
    }
}
