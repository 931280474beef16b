package org.aidflow.project;

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

/** How a project is shown: in lists, and in full with its tranches, open tasks, history and documents. */
@Component
public class ProjectViews {

    private final Projects projects;
    private final Directory directory;
    private final Documents documents;
    private final AuditTrail audit;
    private final OpenTasks openTasks;
    private final ObjectProvider<ProjectFunds> funds;

    ProjectViews(Projects projects, Directory directory, Documents documents, AuditTrail audit, OpenTasks openTasks,
                 ObjectProvider<ProjectFunds> funds) {
        this.projects = projects;
        this.directory = directory;
        this.documents = documents;
        this.audit = audit;
        this.openTasks = openTasks;
        this.funds = funds;
    }

    Map<String, Object> summary(Project p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("code", p.code());
        view.put("agreementId", p.agreementId());
        view.put("donorUnion", p.donorUnion());
        view.put("donorName", names(p.donorUnion()));
        view.put("recipientUnion", p.recipientUnion());
        view.put("recipientName", names(p.recipientUnion()));
        view.put("regionUnion", p.regionUnion());
        view.put("title", p.title());
        view.put("type", p.type());
        view.put("typeGroup", p.typeGroup());
        view.put("focusAreas", p.focusAreas());
        view.put("budget", Checks.money(p.budget()));
        view.put("description", p.description());
        view.put("beneficiariesPlanned", p.beneficiariesPlanned());
        view.put("planYear", p.planYear());
        view.put("status", p.status());
        view.put("processInstanceId", p.processInstanceId());
        view.put("createdBy", p.createdBy());
        view.put("createdAt", p.createdAt());
        view.put("updatedAt", p.updatedAt());
        return view;
    }

    public Map<String, Object> detail(Project p) {
        Map<String, Object> view = summary(p);
        view.put("tranches", tranches(p));
        view.put("currentTasks", openTasks.of(p.code()));
        view.put("history", audit.history(AuditTrail.Subject.PROJECT, p.id()));
        view.put("documents", documents.ofProject(p.id()));
        return view;
    }

    /** The plan, each planned tranche with what actually happened to it so far (null before its request). */
    List<Map<String, Object>> tranches(Project p) {
        ProjectFunds known = funds.getIfAvailable();
        Map<Integer, TrancheActual> actual = known == null ? Map.of() : known.tranches(p.id());
        return projects.plan(p.id()).stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("trancheNo", t.trancheNo());
            row.put("amount", Checks.money(t.amount()));
            row.put("plannedOn", t.plannedOn());
            row.put("actual", actual.get(t.trancheNo()));
            return row;
        }).toList();
    }

    private Map<String, String> names(String code) {
        return directory.find(code).map(u -> Map.of("zh", u.nameZh(), "en", u.nameEn())).orElse(Map.of());
    }
}
