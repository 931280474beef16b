package org.aidflow.agreement;

import java.util.Map;
import java.util.UUID;

import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.Proposals;
import org.aidflow.tasks.StatusChanges;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to an agreement goes through here. */
@Service
public class AgreementManagement {

    private static final Proposals.Withdrawal WITHDRAWAL = new Proposals.Withdrawal(AgreementProcess.REVIEW,
            AgreementProcess.WITHDRAWAL_REQUESTED, "agreement.notWithdrawable");

    private final Agreements agreements;
    private final Directory directory;
    private final Proposals proposals;
    private final StatusChanges statusChanges;

    AgreementManagement(Agreements agreements, Directory directory, Proposals proposals, StatusChanges statusChanges) {
        this.agreements = agreements;
        this.directory = directory;
        this.proposals = proposals;
        this.statusChanges = statusChanges;
    }

    /** A donor proposer drafts an agreement with a paired recipient; starts aid-agreement. */
    @Transactional
    public Agreement draft(CurrentUser user, String recipient, AgreementFields fields) {
        proposals.requireDonorProposer(user);
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
        String code = Proposals.code("AGR", user.unionCode(), id);
        String instanceId = proposals.start(user, AuditTrail.Subject.AGREEMENT, id, AgreementProcess.KEY, code, Map.of(
                ProcessVariables.AGREEMENT_ID, id,
                AgreementProcess.AGREEMENT_CODE, code,
                ProcessVariables.DONOR_UNION, user.unionCode(),
                ProcessVariables.RECIPIENT_UNION, recipient));
        agreements.setCodeAndProcess(id, code, instanceId);
        return agreements.find(id).orElseThrow();
    }

    /** The proposer's revision, from the reviseAgreement task. */
    @Transactional
    public void revise(long id, AgreementFields fields) {
        Checks.enforce(fields::check);
        agreements.lock(id).orElseThrow();
        agreements.update(id, fields);
    }

    /** The donor proposer takes the agreement back while its review is still open (see {@link Proposals#withdraw}). */
    @Transactional
    public void withdraw(CurrentUser user, Agreement agreement, String comment) {
        proposals.withdraw(user, new Proposals.Proposal(AuditTrail.Subject.AGREEMENT, agreement.id(), agreement.donorUnion(),
                agreement.processInstanceId()), WITHDRAWAL, comment,
                () -> agreements.lock(agreement.id()).orElseThrow().status() == AgreementStatus.UNDER_REVIEW);
    }

    /** Moves the agreement along its lifecycle; called by the process as it reaches each stage. */
    @Transactional
    public void changeStatus(long id, AgreementStatus status) {
        Agreement agreement = agreements.lock(id).orElseThrow(() -> new IllegalStateException("No agreement " + id));
        agreements.setStatus(id, status);
        statusChanges.record(AuditTrail.Subject.AGREEMENT, id, agreement.status(), status, agreement.processInstanceId());
    }

    /**
     * An agreement must be paired in the round in force in the year it starts (the round in force
     * now while the start date is missing). Drafted, it keeps its pairing whatever the rounds become.
     */
    private static int pairingYear(AgreementFields fields) {
        return fields.startDate() != null ? fields.startDate().getYear() : Directory.currentYear();
    }
}
