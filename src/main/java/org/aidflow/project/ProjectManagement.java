package org.aidflow.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.aidflow.agreement.Agreement;
import org.aidflow.agreement.AgreementStatus;
import org.aidflow.agreement.Agreements;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.Proposals;
import org.aidflow.tasks.StatusChanges;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a project goes through here. */
@Service
public class ProjectManagement {

    private static final Proposals.Withdrawal WITHDRAWAL = new Proposals.Withdrawal(ProjectProcess.APPROVE_DONOR,
            ProjectProcess.WITHDRAWAL_REQUESTED, "project.notWithdrawable");

    private final Projects projects;
    private final Agreements agreements;
    private final Directory directory;
    private final Proposals proposals;
    private final StatusChanges statusChanges;
    private final ObjectProvider<ProposalRules> rules;
    private final ApplicationEventPublisher events;

    ProjectManagement(Projects projects, Agreements agreements, Directory directory, Proposals proposals,
                      StatusChanges statusChanges, ObjectProvider<ProposalRules> rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
        this.projects = projects;
        this.agreements = agreements;
        this.directory = directory;
        this.proposals = proposals;
        this.statusChanges = statusChanges;
    }

    /** A donor proposer submits a project under one of its union's active agreements; starts aid-project. */
    @Transactional
    public Project submit(CurrentUser user, Long agreementId, String recipient, ProjectFields fields) {
        proposals.requireDonorProposer(user);
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
        ProposalRules.Proposal proposal = fields.proposal(agreementId, null);
        rules.orderedStream().forEach(r -> r.check(proposal, checks));
        checks.throwIfAny();
        if (agreement.status() != AgreementStatus.ACTIVE) {
            throw ApiException.conflict("project.agreementNotActive");
        }
        checkWithinAgreement(agreementId, null, fields.budget());
        rules.orderedStream().forEach(r -> r.checkState(proposal));

        String donor = user.unionCode();
        String region = directory.regionOf(recipient).orElseThrow();
        long id = projects.insert("TMP-" + UUID.randomUUID(), agreementId, donor, recipient, region, fields, user.username());
        String code = Proposals.code("PRJ", donor, id);
        projects.replacePlan(id, fields.plan());
        rules.orderedStream().forEach(r -> r.stored(id, proposal));
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
        String instanceId = proposals.start(user, AuditTrail.Subject.PROJECT, id, ProjectProcess.KEY, code, variables);
        projects.setCodeAndProcess(id, code, instanceId);
        return projects.find(id).orElseThrow();
    }

    /** The same submission for a proposal handed in by another feature (an imported row), with the same rules. */
    @Transactional
    public Project submit(CurrentUser user, ProjectProposal p) {
        List<ProjectFields.TrancheDraft> tranches = p.tranches() == null ? null : p.tranches().stream()
                .map(t -> t == null ? null : new ProjectFields.TrancheDraft(t.amount(), t.plannedOn())).toList();
        return submit(user, p.agreementId(), p.recipientUnion(), new ProjectFields(p.title(), p.type(), p.focusAreas(),
                p.budget(), p.description(), p.beneficiariesPlanned(), tranches, p.planYear(), p.indicators()));
    }

    /** What an approved change may set: budget, tranche plan, performance targets and site (null: as it is). */
    public record Change(BigDecimal budget, List<ProjectProposal.Tranche> tranches, List<IndicatorTarget> indicators,
                         String recipientUnion) {
    }

    /**
     * Checks a change to an approved project by the rules of a proposal (and, with {@code apply}, makes it): the
     * same fields, the agreement's and the plan year's budget, the site within the agreement's recipient, and
     * the same number of tranches, since the tranche process already counts them.
     */
    @Transactional
    public Project change(long id, Change change, boolean apply) {
        Project p = projects.lock(id).orElseThrow(ApiException::notFound);
        List<PlannedTranche> plan = projects.plan(id);
        List<ProjectFields.TrancheDraft> tranches = change.tranches() == null
                ? TranchePlanInput.of(plan)
                : change.tranches().stream().map(t -> t == null ? null : new ProjectFields.TrancheDraft(t.amount(), t.plannedOn())).toList();
        ProjectFields fields = new ProjectFields(p.title(), p.type().name(), p.focusAreas(),
                change.budget() == null ? p.budget() : change.budget(), p.description(),
                p.beneficiariesPlanned() == null ? null : BigDecimal.valueOf(p.beneficiariesPlanned()), tranches, p.planYear(),
                change.indicators() == null ? targets(id) : change.indicators());
        String recipient = change.recipientUnion() == null ? p.recipientUnion() : change.recipientUnion();
        Agreement agreement = agreements.find(p.agreementId()).orElseThrow();
        ProposalRules.Proposal proposal = fields.proposal(p.agreementId(), id);
        Checks.enforce(checks -> {
            fields.check(checks);
            rules.orderedStream().forEach(r -> r.check(proposal, checks));
            checks.check(tranches.size() == plan.size(), "tranches", "change.trancheCount", plan.size());
            checks.check(directory.find(recipient).isPresent() && directory.isSelfOrBelow(recipient, agreement.recipientUnion())
                    && directory.regionOf(recipient).equals(directory.regionOf(p.recipientUnion())),
                    "recipientUnion", "project.recipientOutsideAgreement");
        });
        checkWithinAgreement(p.agreementId(), id, fields.budget());
        rules.orderedStream().forEach(r -> r.checkState(proposal));
        if (apply) {
            projects.update(id, fields);
            projects.moveSite(id, recipient);
            projects.replacePlan(id, fields.plan());
            rules.orderedStream().forEach(r -> r.stored(id, proposal));
        }
        return projects.find(id).orElseThrow();
    }

    /** The proposer's revision, from the reviseProposal task: the same rules as a submission. */
    @Transactional
    public Project revise(long id, ProjectFields fields) {
        Project project = projects.find(id).orElseThrow();
        ProposalRules.Proposal proposal = fields.proposal(project.agreementId(), id);
        Checks.enforce(checks -> {
            fields.check(checks);
            rules.orderedStream().forEach(r -> r.check(proposal, checks));
        });
        projects.lock(id).orElseThrow();
        checkWithinAgreement(project.agreementId(), id, fields.budget());
        rules.orderedStream().forEach(r -> r.checkState(proposal));
        projects.update(id, fields);
        projects.replacePlan(id, fields.plan());
        rules.orderedStream().forEach(r -> r.stored(id, proposal));
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

    /** The performance targets the proposal sets now, as the rules that own them store them. */
    public List<IndicatorTarget> targets(long id) {
        return rules.orderedStream().flatMap(r -> r.targets(id).stream()).toList();
    }

    /** The proposal passed every approval; its budget is about to be allocated. */
    @Transactional
    public Project approve(long id) {
        Project project = projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id));
        agreements.lock(project.agreementId()).orElseThrow();
        rules.orderedStream().forEach(r -> r.approving(project));
        setStatus(project, ProjectStatus.APPROVED);
        return projects.find(id).orElseThrow();
    }

    /** The first transfer puts an approved project in progress; later ones change nothing. */
    @Transactional
    public void fundsTransferred(long id) {
        Project project = projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id));
        if (project.status() == ProjectStatus.APPROVED) {
            setStatus(project, ProjectStatus.IN_PROGRESS);
            events.publishEvent(new ProjectFunded(id, project.code(), project.agreementId(), project.donorUnion(),
                    project.recipientUnion(), project.regionUnion()));
        }
    }

    /**
     * The donor proposer takes the proposal back while the donor's approval is still open (see
     * {@link Proposals#withdraw}); the WITHDRAWN project frees its share of the agreement.
     */
    @Transactional
    public void withdraw(CurrentUser user, Project project, String comment) {
        proposals.withdraw(user, new Proposals.Proposal(AuditTrail.Subject.PROJECT, project.id(), project.donorUnion(),
                project.processInstanceId()), WITHDRAWAL, comment,
                () -> projects.lock(project.id()).orElseThrow().status() == ProjectStatus.UNDER_REVIEW);
    }

    /** Moves the project along its lifecycle; called by the process as it reaches each stage. */
    @Transactional
    public void changeStatus(long id, ProjectStatus status) {
        setStatus(projects.lock(id).orElseThrow(() -> new IllegalStateException("No project " + id)), status);
    }

    /** Sets the status of a locked project, with the audit record of a change. */
    private void setStatus(Project project, ProjectStatus status) {
        projects.setStatus(project.id(), status);
        statusChanges.record(AuditTrail.Subject.PROJECT, project.id(), project.status(), status, project.processInstanceId());
    }
}
