package org.aidflow.changes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.ledger.EntryType;
import org.aidflow.ledger.LedgerChain;
import org.aidflow.ledger.LedgerStep;
import org.aidflow.project.IndicatorTarget;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectManagement;
import org.aidflow.project.ProjectManagement.Change;
import org.aidflow.project.ProjectProposal;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.EngineUser;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Change requests of approved projects: asked by the donor's proposer under the rules of a proposal, approved by
 * aid-project-change, and only then applied. A budget change is recorded in the ledger as an allocation of the
 * difference; money already moved stays as it was.
 */
@Service
class ChangeManagement {

    static final int MAX_REASON = 2000;

    private final ProjectChanges changes;
    private final ProjectManagement management;
    private final Projects projects;
    private final LedgerChain ledger;
    private final RuntimeService runtime;
    private final EngineUser engineUser;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final JdbcClient jdbc;

    ChangeManagement(ProjectChanges changes, ProjectManagement management, Projects projects, LedgerChain ledger,
                     RuntimeService runtime, EngineUser engineUser, AuditTrail audit, ObjectMapper json, JdbcClient jdbc) {
        this.changes = changes;
        this.management = management;
        this.projects = projects;
        this.ledger = ledger;
        this.runtime = runtime;
        this.engineUser = engineUser;
        this.audit = audit;
        this.json = json;
        this.jdbc = jdbc;
    }

    @Transactional
    long request(CurrentUser user, Project project, String reason, Change change) {
        user.requireMayChange();
        if (!user.hasRole("proposer") || !user.belongsTo(project.donorUnion())) {
            throw ApiException.forbidden();
        }
        Checks.enforce(c -> c.require("reason", reason).maxLength("reason", reason, MAX_REASON)
                .check(change.budget() != null || change.tranches() != null || change.indicators() != null
                        || change.recipientUnion() != null, "body", "change.nothing"));
        if (project.status() != ProjectStatus.APPROVED && project.status() != ProjectStatus.IN_PROGRESS) {
            throw ApiException.conflict("change.notChangeable");
        }
        Map<String, Object> before = snapshot(project.id());
        Project locked = management.change(project.id(), change, false);
        if (changes.hasOpen(project.id())) {
            throw ApiException.conflict("change.alreadyOpen");
        }
        BigDecimal budget = change.budget() == null ? locked.budget() : change.budget();
        BigDecimal transferred = transferred(project.id());
        if (budget.compareTo(transferred) < 0) {
            throw ApiException.conflict("change.belowTransferred", Checks.money(transferred).toPlainString());
        }
        Map<String, Object> after = after(before, change);
        if (after.equals(before)) {
            throw ApiException.badRequest("body", "change.nothing");
        }
        long id = changes.insert(project.id(), reason.strip(), write(before), write(after), user.username());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProcessVariables.PROJECT_ID, project.id());
        variables.put(ProcessVariables.AGREEMENT_ID, project.agreementId());
        variables.put(ProcessVariables.DONOR_UNION, project.donorUnion());
        variables.put(ProcessVariables.RECIPIENT_UNION, project.recipientUnion());
        variables.put("regionUnion", project.regionUnion());
        variables.put("budget", Checks.money(budget).toPlainString());
        variables.put("typeGroup", project.typeGroup().name());
        variables.put(ChangeProcess.CHANGE_ID, id);
        String instance = engineUser.call(user.username(),
                () -> runtime.startProcessInstanceByKey(ChangeProcess.KEY, project.code(), variables).getId());
        changes.started(id, instance);
        audit.record(AuditRecord.of(AuditTrail.Subject.PROJECT, project.id(), "CHANGE_REQUESTED", user.username())
                .inProcess(instance).withComment(reason.strip()).withDetails(write(Map.of("changeId", id, "after", after))));
        return id;
    }

    /** The change passed its approvals: it takes effect, checked once more against the rules as they stand now. */
    @Transactional
    void apply(long changeId, String actor, String activityId, String processInstanceId) {
        ChangeRecord record = changes.find(changeId).orElseThrow();
        Project before = projects.lock(record.projectId()).orElseThrow();
        Map<String, Object> after = read(record.after());
        Project changed = management.change(record.projectId(), toChange(after), true);
        BigDecimal delta = changed.budget().subtract(before.budget());
        if (delta.signum() != 0) {
            ledger.append(changed, EntryType.ALLOCATION, delta, null, null, new LedgerStep(actor, activityId, null, processInstanceId));
        }
        changes.decided(changeId, ChangeRecord.APPROVED);
        audit.record(AuditRecord.of(AuditTrail.Subject.PROJECT, record.projectId(), "CHANGE_APPLIED", actor)
                .inProcess(processInstanceId).withDetails(write(Map.of("changeId", changeId, "before", read(record.before()),
                        "after", after))));
    }

    @Transactional
    void reject(long changeId, String actor, String processInstanceId) {
        ChangeRecord record = changes.find(changeId).orElseThrow();
        changes.decided(changeId, ChangeRecord.REJECTED);
        audit.record(AuditRecord.of(AuditTrail.Subject.PROJECT, record.projectId(), "CHANGE_REFUSED", actor)
                .inProcess(processInstanceId).withDetails(write(Map.of("changeId", changeId))));
    }

    /** The approved version as a change shows it: budget, site, tranche plan and targets. */
    Map<String, Object> snapshot(long projectId) {
        Project p = projects.find(projectId).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("budget", Checks.money(p.budget()).toPlainString());
        view.put("recipientUnion", p.recipientUnion());
        view.put("tranches", projects.plan(projectId).stream()
                .map(t -> Map.of("amount", Checks.money(t.amount()).toPlainString(), "plannedOn", t.plannedOn().toString())).toList());
        view.put("indicators", management.targets(projectId).stream()
                .map(t -> Map.of("code", t.code(), "target", Checks.money(t.target()).toPlainString(), "unit", t.unit())).toList());
        return view;
    }

    private static Map<String, Object> after(Map<String, Object> before, Change change) {
        Map<String, Object> after = new LinkedHashMap<>(before);
        if (change.budget() != null) {
            after.put("budget", Checks.money(change.budget()).toPlainString());
        }
        if (change.recipientUnion() != null) {
            after.put("recipientUnion", change.recipientUnion());
        }
        if (change.tranches() != null) {
            after.put("tranches", change.tranches().stream().map(t -> Map.of("amount", Checks.money(t.amount()).toPlainString(),
                    "plannedOn", t.plannedOn().toString())).toList());
        }
        if (change.indicators() != null) {
            after.put("indicators", change.indicators().stream().map(t -> Map.of("code", t.code(),
                    "target", Checks.money(t.target()).toPlainString(), "unit", t.unit())).toList());
        }
        return after;
    }

    @SuppressWarnings("unchecked")
    private static Change toChange(Map<String, Object> after) {
        List<Map<String, String>> tranches = (List<Map<String, String>>) after.get("tranches");
        List<Map<String, String>> indicators = (List<Map<String, String>>) after.get("indicators");
        return new Change(new BigDecimal((String) after.get("budget")),
                tranches.stream().map(t -> new ProjectProposal.Tranche(new BigDecimal(t.get("amount")),
                        java.time.LocalDate.parse(t.get("plannedOn")))).toList(),
                indicators.stream().map(t -> new IndicatorTarget(t.get("code"), new BigDecimal(t.get("target")), t.get("unit"))).toList(),
                (String) after.get("recipientUnion"));
    }

    private BigDecimal transferred(long projectId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE project_id = ? AND entry_type = 'TRANSFER'")
                .param(projectId).query(BigDecimal.class).single();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(String text) {
        try {
            return json.readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
