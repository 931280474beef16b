package org.aidflow.agreement;

import java.time.Year;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to an agreement goes through here. */
@Service
public class AgreementManagement {

    private final Agreements agreements;
    private final Directory directory;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final TaskLocks taskLocks;

    AgreementManagement(Agreements agreements, Directory directory, RuntimeService runtime, IdentityService identity,
                        AuditTrail audit, TaskLocks taskLocks) {
        this.taskLocks = taskLocks;
        this.agreements = agreements;
        this.directory = directory;
        this.runtime = runtime;
        this.identity = identity;
        this.audit = audit;
    }

    /** A donor proposer drafts an agreement with a paired recipient; starts aid-agreement. */
    @Transactional
    public Agreement draft(CurrentUser user, String recipient, AgreementFields fields) {
        user.requireMayChange();
        boolean donorProposer = user.hasRole("proposer")
                && directory.find(user.unionCode()).map(u -> u.level() == UnionLevel.DONOR).orElse(false);
        if (!donorProposer) {
            throw ApiException.forbidden();
        }
        Checks checks = new Checks();
        checks.require("recipientUnion", recipient);
        if (recipient != null && !recipient.isBlank()) {
            if (directory.find(recipient).isEmpty()) {
                checks.add("recipientUnion", "union.unknown");
            } else if (!directory.get(recipient).level().isRecipient()) {
                checks.add("recipientUnion", "union.notRecipient");
            } else if (!directory.isPaired(user.unionCode(), recipient, pairingYear(fields))) {
                checks.add("recipientUnion", "union.notPaired");
            }
        }
        fields.check(checks);
        checks.throwIfAny();

        long id = agreements.insert("TMP-" + UUID.randomUUID(), user.unionCode(), recipient, fields, user.username());
        String code = String.format("AGR-%s-%d-%06d", user.unionCode(), Year.now().getValue(), id);
        identity.setAuthenticatedUserId(user.username());
        ProcessInstance instance;
        try {
            instance = runtime.startProcessInstanceByKey(AgreementProcess.KEY, code, Map.of(
                    ProcessVariables.AGREEMENT_ID, id,
                    AgreementProcess.AGREEMENT_CODE, code,
                    ProcessVariables.DONOR_UNION, user.unionCode(),
                    ProcessVariables.RECIPIENT_UNION, recipient));
        } finally {
            identity.clearAuthentication();
        }
        agreements.setCodeAndProcess(id, code, instance.getId());
        audit.record(AuditTrail.Subject.AGREEMENT, id, "SUBMITTED", null, null, instance.getId(), user.username(),
                null, null, null);
        return agreements.find(id).orElseThrow();
    }

    /** The proposer's revision, from the reviseAgreement task. */
    @Transactional
    public void revise(long id, AgreementFields fields) {
        Checks checks = new Checks();
        fields.check(checks);
        checks.throwIfAny();
        agreements.lock(id).orElseThrow();
        agreements.update(id, fields);
    }

    /**
     * The donor proposer takes the agreement back while its review is still open: the review task is
     * cancelled and the process ends as WITHDRAWN, with the audit record, in one transaction. The
     * review's row is locked first, as a completion does, so a review and a withdrawal at the same
     * moment cannot both succeed.
     */
    @Transactional
    public void withdraw(CurrentUser user, Agreement agreement, String comment) {
        user.requireMayChange();
        if (!user.hasRole("proposer") || !user.belongsTo(agreement.donorUnion())) {
            throw ApiException.forbidden();
        }
        new Checks().maxLength("comment", comment, 2000).throwIfAny();
        String reviewTaskId = taskLocks.lockOpen(agreement.processInstanceId(), AgreementProcess.REVIEW)
                .orElseThrow(() -> ApiException.conflict("agreement.notWithdrawable"));
        if (agreements.lock(agreement.id()).orElseThrow().status() != AgreementStatus.UNDER_REVIEW) {
            throw ApiException.conflict("agreement.notWithdrawable");
        }
        identity.setAuthenticatedUserId(user.username());
        try {
            runtime.createMessageCorrelation(AgreementProcess.WITHDRAWAL_REQUESTED)
                    .processInstanceId(agreement.processInstanceId()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException startedBeforeWithdrawalsExisted) {
            throw ApiException.conflict("agreement.notWithdrawable");
        } finally {
            identity.clearAuthentication();
        }
        audit.record(AuditTrail.Subject.AGREEMENT, agreement.id(), "WITHDRAWN", AgreementProcess.REVIEW, reviewTaskId,
                agreement.processInstanceId(), user.username(), "WITHDRAW", blankToNull(comment), null);
    }

    /** Moves the agreement along its lifecycle; called by the process as it reaches each stage. */
    @Transactional
    public void changeStatus(long id, AgreementStatus status) {
        Agreement agreement = agreements.lock(id).orElseThrow(() -> new IllegalStateException("No agreement " + id));
        agreements.setStatus(id, status);
        if (agreement.status() != status) {
            audit.recordStatus(AuditTrail.Subject.AGREEMENT, id, agreement.status().name(), status.name(),
                    agreement.processInstanceId(), AuditTrail.actorOf(identity.getCurrentAuthentication()));
        }
    }

    /**
     * An agreement must be paired in the round in force in the year it starts (the round in force
     * now while the start date is missing). Drafted, it keeps its pairing whatever the rounds become.
     */
    private static int pairingYear(AgreementFields fields) {
        return fields.startDate() != null ? fields.startDate().getYear() : Directory.currentYear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
