package org.aidflow.funds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.aidflow.project.Project;
import org.aidflow.project.Projects;
import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The money rules of the five tranche forms; the checks and writes themselves are the FundLedger's. */
@Component
class TrancheTasks implements TaskHandler {

    private final FundLedger ledger;
    private final Projects projects;
    private final TrancheViews views;
    private final RuntimeService runtime;

    TrancheTasks(FundLedger ledger, Projects projects, TrancheViews views, RuntimeService runtime) {
        this.ledger = ledger;
        this.projects = projects;
        this.views = views;
        this.runtime = runtime;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TrancheProcess.REQUEST, TrancheProcess.APPROVE, TrancheProcess.TRANSFER, TrancheProcess.RECEIPT,
                TrancheProcess.INVESTIGATE);
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        Project project = projects.find(task.projectId()).orElseThrow();
        int trancheNo = number(task, TrancheProcess.TRANCHE_NO);
        Map<String, Object> data = views.of(project, trancheNo, number(task, ProcessVariables.TRANCHE_COUNT));
        Map<String, Object> prefill = views.prefill(task.taskKey(), project, trancheNo);
        if (!prefill.isEmpty()) {
            data.put("values", prefill);
        }
        return data;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        int trancheNo = number(task, TrancheProcess.TRANCHE_NO);
        return switch (task.taskKey()) {
            case TrancheProcess.REQUEST -> {
                ledger.request(task, trancheNo, values.decimal("amount"), values.text("purpose"), values.text("progressReport"));
                yield Map.of();
            }
            case TrancheProcess.APPROVE -> decide(task, trancheNo, values);
            case TrancheProcess.TRANSFER -> {
                ledger.transfer(task, trancheNo, values.decimal("amount"), values.text("bankReference"),
                        values.date("transferredOn"));
                yield Map.of();
            }
            case TrancheProcess.RECEIPT -> Map.of(TrancheProcess.RECEIPT_SHORTFALL,
                    ledger.receive(task, trancheNo, values.decimal("amountReceived"), values.date("receivedOn")));
            case TrancheProcess.INVESTIGATE -> {
                ledger.resolve(task, trancheNo, values.text("finding"), values.text("resolution"));
                yield Map.of();
            }
            default -> throw new IllegalArgumentException(task.taskKey());
        };
    }

    private Map<String, Object> decide(TaskContext task, int trancheNo, FormValues values) {
        String decision = values.text(ProcessVariables.DECISION);
        boolean approved = "APPROVE".equals(decision);
        if (!approved && values.text("comment") == null) {
            throw ApiException.badRequest("comment", "task.commentRequired");
        }
        ledger.decide(task, trancheNo, approved);
        return Map.of(ProcessVariables.DECISION, decision);
    }

    private int number(TaskContext task, String variable) {
        return task.number(variable).map(Long::intValue)
                .orElseGet(() -> ((Number) runtime.getVariable(task.processInstanceId(), variable)).intValue());
    }
}
