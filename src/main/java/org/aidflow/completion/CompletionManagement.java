package org.aidflow.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.aidflow.funds.ProjectMoney;
import org.aidflow.funds.ProjectSettlement;
import org.aidflow.project.Projects;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a project's completion goes through here, one method per completion task. Each
 * runs in the transaction of the task completion, locks the project row first, and leaves its money
 * to the fund ledger's {@link ProjectSettlement}; each returns the variables the process goes on with.
 */
@Service
class CompletionManagement {

    private final Completions completions;
    private final ProjectSettlement settlement;
    private final Projects projects;

    CompletionManagement(Completions completions, ProjectSettlement settlement, Projects projects) {
        this.completions = completions;
        this.settlement = settlement;
        this.projects = projects;
    }

    /** The recipient's report; its actual spending enters the ledger as a SPEND entry. */
    @Transactional
    Map<String, Object> report(TaskContext task, BigDecimal actualSpending, int beneficiaries, String summary) {
        lock(task);
        if (completions.find(task.projectId()).isPresent()) {
            throw ApiException.conflict("completion.alreadyReported");
        }
        settlement.reportSpending(task, "actualSpending", actualSpending);
        completions.insert(task.projectId(), actualSpending, beneficiaries, summary, task.actor().username());
        completions.step(task, null, summary, actualSpending, beneficiaries, null, null, null);
        return Map.of();
    }

    /** PASS or FAIL decides the outcome; either way money still held by the recipient goes back first. */
    @Transactional
    Map<String, Object> inspect(TaskContext task, String decision, String findings) {
        lock(task);
        reported(task);
        String outcome = switch (decision) {
            case "PASS" -> CompletionProcess.PASSED;
            case "FAIL" -> CompletionProcess.FAILED;
            default -> null;
        };
        completions.inspected(task.projectId(), decision, findings, task.actor().username(), outcome);
        completions.step(task, decision, findings, null, null, null, null, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION, decision);
        variables.put(CompletionProcess.REFUND_DUE, settlement.money(task.projectId()).balance().signum() > 0);
        if (outcome != null) {
            variables.put(CompletionProcess.OUTCOME, outcome);
        }
        return variables;
    }

    /** The recipient's answer to the findings; a corrected actual spending replaces the reported one. */
    @Transactional
    Map<String, Object> rectify(TaskContext task, String response, BigDecimal correctedSpending) {
        lock(task);
        Completion completion = reported(task);
        if (correctedSpending != null && correctedSpending.compareTo(completion.actualSpending()) == 0) {
            correctedSpending = null;
        }
        if (correctedSpending != null) {
            settlement.reportSpending(task, "actualSpending", correctedSpending);
        }
        completions.rectified(task.projectId(), correctedSpending);
        completions.step(task, null, response, correctedSpending, null, null, null, null);
        return Map.of();
    }

    @Transactional
    Map<String, Object> refund(TaskContext task, BigDecimal amount, String bankReference, LocalDate refundedOn) {
        lock(task);
        reported(task);
        settlement.refund(task, amount, bankReference);
        completions.step(task, null, null, amount, null, null, bankReference, refundedOn);
        return Map.of();
    }

    @Transactional
    Map<String, Object> confirmRefund(TaskContext task, BigDecimal amountReceived, String comment) {
        lock(task);
        reported(task);
        settlement.confirmRefund(task, amountReceived);
        completions.step(task, null, comment, amountReceived, null, null, settlement.lastRefundReference(task.projectId()),
                null);
        return Map.of();
    }

    /** APPROVE closes the project; QUERY sends it back to rectification and must say why. */
    @Transactional
    Map<String, Object> audit(TaskContext task, String decision, BigDecimal performanceScore, String findings) {
        if ("QUERY".equals(decision) && (findings == null || findings.isBlank())) {
            throw ApiException.badRequest("findings", "completion.findingsRequired");
        }
        lock(task);
        reported(task);
        int score = performanceScore.intValueExact();
        completions.audited(task.projectId(), decision, score, findings, task.actor().username());
        completions.step(task, decision, findings, null, null, score, null, null);
        return Map.of(ProcessVariables.DECISION, decision);
    }

    ProjectMoney money(long projectId) {
        return settlement.money(projectId);
    }

    private void lock(TaskContext task) {
        projects.lock(task.projectId()).orElseThrow(() -> new IllegalStateException("No project " + task.projectId()));
    }

    private Completion reported(TaskContext task) {
        return completions.find(task.projectId()).orElseThrow(() -> ApiException.conflict("completion.notReported"));
    }
}
