package org.aidflow.project;

import java.math.BigDecimal;
import java.time.Year;
import java.util.UUID;

import org.aidflow.agreement.Agreement;
import org.aidflow.agreement.AgreementStatus;
import org.aidflow.agreement.Agreements;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.directory.UnionLevel;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskLocks;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a project goes through here. */
@Service
public class ProjectManagement {

    private final Projects projects;
    private final Agreements agreements;
    private final Directory directory;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final TaskLocks taskLocks;

    ProjectManagement(Projects projects, Agreements agreements, Directory directory, RuntimeService runtime,
                      IdentityService identity, AuditTrail audit, TaskLocks taskLocks) {
        this.taskLocks = taskLocks;
        this.projects = projects;
        this.agreements = agreements;
        this.directory = directory;
        this.runtime = runtime;
        this.identity = identity;
        this.audit = audit;
    }

    /** A donor proposer submits a project under one of its union's active agreements; starts aid-project. */
    @Transactional
    public Project submit(CurrentUser user, Long agreementId, String recipient, ProjectFields fields) {
        user.requireMayChange();
        boolean donorProposer = user.hasRole("proposer")
                && directory.find(user.unionCode()).map(u -> u.level() == UnionLevel.DONOR).orElse(false);
        if (!donorProposer) {
            throw ApiException.forbidden();
        }
        if (agreementId == null) {
            throw ApiException.badRequest("agreementId", "field.required");
        }
        Agreement agreement = agreements.find(agreementId).filter(a -> user.belongsTo(a.donorUnion()))
                .orElseThrow(ApiException::notFound);
        Checks checks = new Checks();
        checks.require("recipientUnion", recipient);
        if (recipient != null && !recipient.isBlank()) {
            checks.check(directory.find(recipient).isPresent() && directory.isSelfOrBelow(recipient, agreement.recipientUnion()),
                    "recipientUnion", "project.recipientOutsideAgreement");
        }
        fields.check(checks);
        checks.throwIfAny();
        if (agreement.status() != AgreementStatus.ACTIVE) {
            throw ApiException.conflict("project.agreementNotActive");
        }
        checkWithinAgreement(agreementId, null, fields.budget());

        String donor = user.unionCode();
        String region = directory.regionOf(recipient).orElseThrow();
        long id = projects.insert("TMP-" + UUID.randomUUID(), agreementId, donor, recipient, region, fields, user.username());
        String code = String.format("PRJ-%s-%d-%06d", donor, Year.now().getValue(), id);
        projects.replacePlan(id, fields.plan());
        VariableMap variables = Variables.createVariables()
                .putValue(ProcessVariables.PROJECT_ID, id)
                .putValue(ProjectProcess.PROJECT_CODE, code)
                .putValue(ProcessVariables.AGREEMENT_ID, agreementId)
                .putValue(ProcessVariables.DONOR_UNION, donor)
                .putValue(ProcessVariables.RECIPIENT_UNION, recipient)
                .putValue(ProjectProcess.REGION_UNION, region)
                .putValue(ProjectProcess.BUDGET, Checks.money(fields.budget()).toPlainString())
                .putValue(ProjectProcess.TYPE_GROUP, fields.projectType().group().name())
                .putValue(ProcessVariables.TRANCHE_COUNT, fields.tranches().size());
        identity.setAuthenticatedUserId(user.username());
        ProcessInstance instance;
        try {
            instance = runtime.startProcessInstanceByKey(ProjectProcess.KEY, code, variables);
        } finally {
            identity.clearAuthentication();
        }
        projects.setCodeAndProcess(id, code, instance.getId());
        audit.record(AuditTrail.Subject.PROJECT, id, "SUBMITTED", null, null, instance.getId(), user.username(),
                null, null, null);
        return projects.find(id).orElseThrow();
    }

    /** The proposer's revision, from the reviseProposal task: the same rules as a submission. */
    @Transactional
    public Project revise(long id, ProjectFields fields) {
        Checks checks = new Checks();
        fields.check(checks);
        checks.throwIfAny();
        Project project = projects.lock(id).orElseThrow();
        checkWithinAgreement(project.agreementId(), id, fields.budget());
        projects.update(id, fields);
        projects.replacePlan(id, fields.plan());
        return projects.find(id).orElseThrow();
    }

    /** The live projects' budgets may not exceed the agreement's intended amount; the agreement row lock serialises this. */
    private void checkWithinAgreement(long agreementId, Long except, BigDecimal budget) {
        Agreement agreement = agreements.lock(agreementId).orElseThrow();
        BigDecimal remaining = agreement.intendedAmount().subtract(projects.committed(agreementId, except));
        if (budget.compareTo(remaining) > 0) {
            throw ApiException.conflict("project.overBudget", Checks.money(remaining.max(BigDecimal.ZERO)).toPlainString());
        }
    }

    /** The proposal passed every approval; its budget is about to be allocated. */
    @Transactional
    public Project approve(long id) {
        Project project = projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id));
        setStatus(project, ProjectStatus.APPROVED);
        return projects.find(id).orElseThrow();
    }

    /** The first transfer puts an approved project in progress; later ones change nothing. */
    @Transactional
    public void fundsTransferred(long id) {
        Project project = projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id));
        if (project.status() == ProjectStatus.APPROVED) {
            setStatus(project, ProjectStatus.IN_PROGRESS);
        }
    }

    /**
     * The donor proposer takes the proposal back while the donor's approval is still open: the task
     * is cancelled and the process ends as WITHDRAWN, which frees its share of the agreement, with
     * the audit record, in one transaction. The approval's row is locked first, as a completion does.
     */
    @Transactional
    public void withdraw(CurrentUser user, Project project, String comment) {
        user.requireMayChange();
        if (!user.hasRole("proposer") || !user.belongsTo(project.donorUnion())) {
            throw ApiException.forbidden();
        }
        new Checks().maxLength("comment", comment, 2000).throwIfAny();
        String approvalTaskId = taskLocks.lockOpen(project.processInstanceId(), ProjectProcess.APPROVE_DONOR)
                .orElseThrow(() -> ApiException.conflict("project.notWithdrawable"));
        if (projects.lock(project.id()).orElseThrow().status() != ProjectStatus.UNDER_REVIEW) {
            throw ApiException.conflict("project.notWithdrawable");
        }
        identity.setAuthenticatedUserId(user.username());
        try {
            runtime.createMessageCorrelation(ProjectProcess.WITHDRAWAL_REQUESTED)
                    .processInstanceId(project.processInstanceId()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException startedBeforeWithdrawalsExisted) {
            throw ApiException.conflict("project.notWithdrawable");
        } finally {
            identity.clearAuthentication();
        }
        audit.record(AuditTrail.Subject.PROJECT, project.id(), "WITHDRAWN", ProjectProcess.APPROVE_DONOR, approvalTaskId,
                project.processInstanceId(), user.username(), "WITHDRAW", comment == null || comment.isBlank() ? null : comment,
                null);
    }

    /** Moves the project along its lifecycle; called by the process as it reaches each stage. */
    @Transactional
    public void changeStatus(long id, ProjectStatus status) {
        setStatus(projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id)), status);
    }

    /**
     * Sets the status of a locked project and, when it changes, records the change in the audit trail
     * as done by whoever's task completion moved the process on (or the system, for a timer).
     */
    private void setStatus(Project project, ProjectStatus status) {
        projects.setStatus(project.id(), status);
        if (project.status() != status) {
            audit.recordStatus(AuditTrail.Subject.PROJECT, project.id(), project.status().name(), status.name(),
                    project.processInstanceId(), AuditTrail.actorOf(identity.getCurrentAuthentication()));
        }
    }
}
