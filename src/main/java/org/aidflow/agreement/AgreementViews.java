package org.aidflow.agreement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.documents.Documents;
import org.aidflow.web.Checks;
import org.aidflow.tasks.OpenTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** How an agreement is shown: in lists, and in full with its documents, projects, money and history. */
@Component
class AgreementViews {

    private final Directory directory;
    private final Documents documents;
    private final Signatures signatures;
    private final AuditTrail audit;
    private final OpenTasks openTasks;
    private final ObjectProvider<AgreementProjects> projects;

    AgreementViews(Directory directory, Documents documents, Signatures signatures, AuditTrail audit, OpenTasks openTasks,
                   ObjectProvider<AgreementProjects> projects) {
        this.directory = directory;
        this.documents = documents;
        this.signatures = signatures;
        this.audit = audit;
        this.openTasks = openTasks;
        this.projects = projects;
    }

    Map<String, Object> summary(Agreement a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("code", a.code());
        view.put("donorUnion", a.donorUnion());
        view.put("donorName", names(a.donorUnion()));
        view.put("recipientUnion", a.recipientUnion());
        view.put("recipientName", names(a.recipientUnion()));
        view.put("title", a.title());
        view.put("focusAreas", a.focusAreas());
        view.put("intendedAmount", Checks.money(a.intendedAmount()));
        view.put("startDate", a.startDate());
        view.put("endDate", a.endDate());
        view.put("description", a.description());
        view.put("status", a.status());
        view.put("processInstanceId", a.processInstanceId());
        view.put("createdBy", a.createdBy());
        view.put("createdAt", a.createdAt());
        view.put("updatedAt", a.updatedAt());
        return view;
    }

    Map<String, Object> detail(Agreement a) {
        Map<String, Object> view = summary(a);
        AgreementProjects carried = projects.getIfAvailable();
        BigDecimal allocated = carried == null ? BigDecimal.ZERO : carried.committed(a.id());
        view.put("allocatedAmount", Checks.money(allocated.setScale(2)));
        view.put("remainingAmount", Checks.money(a.intendedAmount().subtract(allocated).setScale(2)));
        view.put("projects", carried == null ? List.of() : carried.projects(a.id()));
        view.put("documents", documents.ofAgreement(a.id()));
        view.put("signatures", signatures.of(a.id()));
        view.put("currentTasks", a.processInstanceId() == null ? List.of() : openTasks.of(a.code()));
        view.put("history", audit.history(AuditTrail.Subject.AGREEMENT, a.id()));
        return view;
    }

    private Map<String, String> names(String code) {
        return directory.find(code).map(u -> Map.of("zh", u.nameZh(), "en", u.nameEn())).orElse(Map.of());
    }
}
