package org.aidflow.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.aidflow.agreement.AgreementProjects;
import org.springframework.stereotype.Component;

/** Tells an agreement which projects it carries and how much of it they commit. */
@Component
class ProjectsOfAgreement implements AgreementProjects {

    private final Projects projects;
    private final ProjectViews views;

    ProjectsOfAgreement(Projects projects, ProjectViews views) {
        this.projects = projects;
        this.views = views;
    }

    @Override
    public List<Map<String, Object>> projects(long agreementId) {
        return projects.ofAgreement(agreementId).stream().map(views::summary).toList();
    }

    @Override
    public BigDecimal committed(long agreementId) {
        return projects.committed(agreementId, null);
    }
}
