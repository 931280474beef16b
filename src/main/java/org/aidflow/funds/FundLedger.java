package org.aidflow.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.aidflow.ledger.EntryType;
import org.aidflow.ledger.LedgerChain;
import org.aidflow.ledger.LedgerFigures;
import org.aidflow.ledger.LedgerStep;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectManagement;
import org.aidflow.project.Projects;
import org.aidflow.tasks.TaskContext;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a project's money goes through here: allocation, tranche requests and decisions,
 * transfers and receipts. Each runs in the transaction of the task completion (or process step)
 * that causes it and locks the project row first, so the money rules see a stable state; the
 * ledger entry it writes commits or rolls back with everything else.
 */
@Service
class FundLedger {

    private final Projects projects;
    private final ProjectManagement management;
    private final Tranches tranches;
    private final BankReferences bankReferences;
    private final LedgerChain chain;
    private final LedgerFigures figures;

    FundLedger(Projects projects, ProjectManagement management, Tranches tranches, BankReferences bankReferences,
               LedgerChain chain, LedgerFigures figures) {
        this.projects = projects;
        this.management = management;
        this.tranches = tranches;
        this.bankReferences = bankReferences;
        this.chain = chain;
        this.figures = figures;
    }

    /** The proposal passed every approval: the project is approved and its whole budget allocated. */
    @Transactional
    void allocate(long projectId, String actor, String activityId, String processInstanceId) {
        Project p = management.approve(projectId);
        chain.append(p, EntryType.ALLOCATION, p.budget(), null, null, new LedgerStep(actor, activityId, null, processInstanceId));
    }

    @Transactional
    void request(TaskContext task, int trancheNo, BigDecimal amount, String purpose, String progressReport) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        if (trancheNo > 1 && (progressReport == null || progressReport.isBlank())) {
            throw ApiException.badRequest("progressReport", "tranche.progressReportRequired");
        }
        BigDecimal remaining = remaining(p, trancheNo);
        if (amount.compareTo(remaining) > 0) {
            throw conflict("amount", "tranche.exceedsRemaining", Checks.money(remaining).toPlainString());
        }
        tranches.request(p.id(), trancheNo, amount, purpose, progressReport, task.actor().username(),
                task.processInstanceId());
    }

    /** What may still be requested: the budget less what was transferred and what other requests hold. */
    BigDecimal remaining(Project p, int trancheNo) {
        return p.budget().subtract(figures.of(p.id()).transferred()).subtract(tranches.pending(p.id(), trancheNo))
                .max(BigDecimal.ZERO);
    }

    @Transactional
    void decide(TaskContext task, int trancheNo, boolean approved) {
        projects.lock(task.projectId()).orElseThrow();
        current(task.projectId(), trancheNo, TrancheStatus.REQUESTED);
        tranches.decide(task.projectId(), trancheNo, approved ? TrancheStatus.APPROVED : TrancheStatus.REJECTED,
                task.actor().username());
    }

    @Transactional
    void transfer(TaskContext task, int trancheNo, BigDecimal amount, String bankReference, LocalDate on) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        Tranche t = current(p.id(), trancheNo, TrancheStatus.APPROVED);
        if (amount.compareTo(t.requestedAmount()) != 0) {
            throw ApiException.badRequest("amount", "transfer.notApprovedAmount", Checks.money(t.requestedAmount()).toPlainString());
        }
        bankReferences.claim(bankReference, p.id(), trancheNo);
        tranches.transferred(p.id(), trancheNo, amount, bankReference, on);
        chain.append(p, EntryType.TRANSFER, amount, trancheNo, bankReference, LedgerStep.of(task));
        management.fundsTransferred(p.id());
    }

    /** Records a receipt; true when less arrived than was sent, which the process investigates. */
    @Transactional
    boolean receive(TaskContext task, int trancheNo, BigDecimal amount, LocalDate on) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        Tranche t = current(p.id(), trancheNo, TrancheStatus.TRANSFERRED);
        Checks checks = new Checks();
        checks.check(amount.compareTo(t.transferredAmount()) <= 0, "amountReceived", "receipt.aboveTransfer",
                Checks.money(t.transferredAmount()).toPlainString());
        checks.check(!on.isBefore(t.transferredOn()), "receivedOn", "receipt.beforeTransfer", t.transferredOn().toString());
        checks.throwIfAny();
        boolean shortfall = amount.compareTo(t.transferredAmount()) < 0;
        tranches.received(p.id(), trancheNo, shortfall ? TrancheStatus.DISCREPANCY : TrancheStatus.RECEIVED, amount, on);
        chain.append(p, EntryType.RECEIPT, amount, trancheNo, t.bankReference(), LedgerStep.of(task));
        return shortfall;
    }

    @Transactional
    void resolve(TaskContext task, int trancheNo, String finding, String resolution) {
        projects.lock(task.projectId()).orElseThrow();
        current(task.projectId(), trancheNo, TrancheStatus.DISCREPANCY);
        tranches.resolved(task.projectId(), trancheNo, finding, resolution);
    }

    private Tranche current(long projectId, int trancheNo, TrancheStatus expected) {
        return tranches.find(projectId, trancheNo).filter(t -> t.status() == expected)
                .orElseThrow(() -> ApiException.conflict("tranche.wrongState"));
    }

    /** A 409 that names the field the user can correct. */
    static ApiException conflict(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, messageKey, List.of(new ApiException.FieldProblem(field, messageKey, args)), args);
    }
}
