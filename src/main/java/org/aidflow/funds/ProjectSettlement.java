package org.aidflow.funds;

import java.math.BigDecimal;

import org.aidflow.ledger.EntrySums;
import org.aidflow.ledger.EntryType;
import org.aidflow.ledger.LedgerChain;
import org.aidflow.ledger.LedgerEntry;
import org.aidflow.ledger.LedgerFigures;
import org.aidflow.ledger.LedgerStep;
import org.aidflow.project.Project;
import org.aidflow.project.Projects;
import org.aidflow.tasks.TaskContext;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of a finished project: its actual spending, the refund of what it did not spend and
 * the donor's confirmation of that refund. Like the {@link FundLedger}, every method locks the
 * project row first and appends to the project's one chain in the caller's transaction.
 *
 * <p>The SPEND entries of a project always add up to its latest reported actual spending. A
 * corrected report appends the difference as one more SPEND entry, negative when the spending was
 * corrected downwards, because no stored entry is ever changed.
 */
@Service
public class ProjectSettlement {

    private final Projects projects;
    private final BankReferences bankReferences;
    private final LedgerChain chain;
    private final LedgerFigures figures;

    ProjectSettlement(Projects projects, BankReferences bankReferences, LedgerChain chain, LedgerFigures figures) {
        this.projects = projects;
        this.bankReferences = bankReferences;
        this.chain = chain;
        this.figures = figures;
    }

    public ProjectMoney money(long projectId) {
        EntrySums sums = figures.sums(projectId);
        return new ProjectMoney(sums.of(EntryType.ALLOCATION), sums.of(EntryType.TRANSFER), sums.of(EntryType.RECEIPT),
                sums.of(EntryType.SPEND), sums.of(EntryType.REFUND), sums.of(EntryType.REFUND_RECEIPT));
    }

    /**
     * Sets the project's actual spending, first reported or corrected: never more than it received and
     * did not refund (400). Returns the money afterwards.
     */
    @Transactional
    public ProjectMoney reportSpending(TaskContext task, String field, BigDecimal actualSpending) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        ProjectMoney before = money(p.id());
        if (actualSpending.compareTo(before.spendable()) > 0) {
            throw ApiException.badRequest(field, "completion.spendingAboveReceived", Checks.money(before.spendable()).toPlainString());
        }
        BigDecimal difference = actualSpending.subtract(before.spent());
        if (difference.signum() != 0) {
            append(EntryType.SPEND, difference, p, null, task);
        }
        return money(p.id());
    }

    /** The recipient pays back exactly what it holds: received less spent and refunded (400 otherwise). */
    @Transactional
    public ProjectMoney refund(TaskContext task, BigDecimal amount, String bankReference) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        BigDecimal due = money(p.id()).balance();
        if (due.signum() <= 0) {
            throw ApiException.conflict("refund.nothingDue");
        }
        if (amount.compareTo(due) != 0) {
            throw ApiException.badRequest("amount", "refund.notBalance", Checks.money(due).toPlainString());
        }
        bankReferences.claim(bankReference, p.id(), null);
        append(EntryType.REFUND, amount, p, bankReference, task);
        return money(p.id());
    }

    /** The donor confirms the refund; the amount must equal what was refunded and not yet confirmed. */
    @Transactional
    public ProjectMoney confirmRefund(TaskContext task, BigDecimal amountReceived) {
        Project p = projects.lock(task.projectId()).orElseThrow();
        BigDecimal outstanding = money(p.id()).refundOutstanding();
        if (outstanding.signum() <= 0) {
            throw ApiException.conflict("refund.nothingOutstanding");
        }
        if (amountReceived.compareTo(outstanding) != 0) {
            throw ApiException.badRequest("amountReceived", "refund.receiptNotRefund", Checks.money(outstanding).toPlainString());
        }
        append(EntryType.REFUND_RECEIPT, amountReceived, p, lastRefundReference(p.id()), task);
        return money(p.id());
    }

    /** The bank reference of the project's latest refund, or null. */
    public String lastRefundReference(long projectId) {
        String reference = null;
        for (LedgerEntry e : chain.ofProject(projectId)) {
            if (e.type() == EntryType.REFUND) {
                reference = e.bankReference();
            }
        }
        return reference;
    }

    private void append(EntryType type, BigDecimal amount, Project p, String bankReference, TaskContext task) {
        chain.append(p, type, amount, null, bankReference, LedgerStep.of(task));
    }
}
