package org.aidflow.tasks;

import java.time.Year;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.directory.UnionLevel;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposer's side of a proposal's process, the same for agreements and projects: who may
 * propose, starting the process as the proposer, and withdrawing while the first review is open.
 * Each runs in the caller's transaction, with the audit record that says what happened.
 */
@Component
public class Proposals {

    /** A proposal's process: what it is about, and its instance. */
    public record Proposal(AuditTrail.Subject subject, long id, String donorUnion, String processInstanceId) {
    }

    /**
     * How a proposal is withdrawn: the open review task that must still be there, the message
     * that ends the process as withdrawn, and the problem key when it can no longer be withdrawn.
     */
    public record Withdrawal(String reviewTaskKey, String message, String notWithdrawable) {
    }

    private final Directory directory;
    private final RuntimeService runtime;
    private final EngineUser engineUser;
    private final TaskLocks taskLocks;
    private final AuditTrail audit;

    Proposals(Directory directory, RuntimeService runtime, EngineUser engineUser, TaskLocks taskLocks, AuditTrail audit) {
        this.directory = directory;
        this.runtime = runtime;
        this.engineUser = engineUser;
        this.taskLocks = taskLocks;
        this.audit = audit;
    }

    /** Only a proposer of a donor union proposes (403 otherwise), and only while they may change things. */
    public void requireDonorProposer(CurrentUser user) {
        user.requireMayChange();
        boolean donorProposer = user.hasRole("proposer")
                && directory.find(user.unionCode()).map(u -> u.level() == UnionLevel.DONOR).orElse(false);
        if (!donorProposer) {
            throw ApiException.forbidden();
        }
    }

    /**
     * A proposal's code and its process's business key, from its row id: {@code AGR-BJ-2026-000042}
     * for prefix AGR, donor union BJ and id 42, drafted in 2026.
     */
    public static String code(String prefix, String donorUnion, long id) {
        return String.format("%s-%s-%d-%06d", prefix, donorUnion, Year.now().getValue(), id);
    }

    /** Starts the proposal's process as the proposer and records the submission; answers the instance id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String start(CurrentUser user, AuditTrail.Subject subject, long id, String processKey, String businessKey,
                        Map<String, Object> variables) {
        String instanceId = engineUser.call(user.username(),
                () -> runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId());
        audit.record(AuditRecord.of(subject, id, "SUBMITTED", user.username()).inProcess(instanceId));
        return instanceId;
    }

    /**
     * The donor proposer takes the proposal back while its review is still open: the review task is
     * cancelled and the process ends as WITHDRAWN, with the audit record, in one transaction. The
     * review's row is locked first, as a completion does, so a review and a withdrawal at the same
     * moment cannot both succeed; then {@code underReview} locks the proposal's row and tells whether
     * it may still be withdrawn (409 otherwise).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(CurrentUser user, Proposal proposal, Withdrawal how, String comment, BooleanSupplier underReview) {
        user.requireMayChange();
        if (!user.hasRole("proposer") || !user.belongsTo(proposal.donorUnion())) {
            throw ApiException.forbidden();
        }
        new Checks().maxLength("comment", comment, 2000).throwIfAny();
        String reviewTaskId = taskLocks.lockOpen(proposal.processInstanceId(), how.reviewTaskKey())
                .orElseThrow(() -> ApiException.conflict(how.notWithdrawable()));
        if (!underReview.getAsBoolean()) {
            throw ApiException.conflict(how.notWithdrawable());
        }
        engineUser.run(user.username(), () -> {
            try {
                runtime.createMessageCorrelation(how.message()).processInstanceId(proposal.processInstanceId())
                        .correlateWithResult();
            } catch (MismatchingMessageCorrelationException startedBeforeWithdrawalsExisted) {
                throw ApiException.conflict(how.notWithdrawable());
            }
        });
        audit.record(AuditRecord.of(proposal.subject(), proposal.id(), "WITHDRAWN", user.username())
                .inTask(how.reviewTaskKey(), reviewTaskId, proposal.processInstanceId()).withDecision("WITHDRAW")
                .withComment(comment == null || comment.isBlank() ? null : comment));
    }
}
