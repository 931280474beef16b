package org.aidflow.completion;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.aidflow.web.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The six completion forms: what they show, and the rules of what they submit. */
@Component
class CompletionTasks implements TaskHandler {

    private static final BigDecimal MAX_BENEFICIARIES = BigDecimal.valueOf(1_000_000_000L);

    private final CompletionManagement management;
    private final CompletionViews views;
    private final ObjectProvider<CompletionRules> rules;

    CompletionTasks(CompletionManagement management, CompletionViews views, ObjectProvider<CompletionRules> rules) {
        this.management = management;
        this.views = views;
        this.rules = rules;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(CompletionProcess.REPORT, CompletionProcess.INSPECT, CompletionProcess.RECTIFY,
                CompletionProcess.REFUND, CompletionProcess.CONFIRM_REFUND, CompletionProcess.AUDIT);
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        Map<String, Object> data = new LinkedHashMap<>(views.of(task));
        rules.orderedStream().forEach(r -> data.putAll(r.data(task)));
        return data;
    }

    @Override
    public Set<String> extraFields() {
        Set<String> extra = new HashSet<>();
        taskKeys().forEach(key -> rules.orderedStream().forEach(r -> extra.addAll(r.extraFields(key))));
        return extra;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        Set<String> own = new HashSet<>();
        rules.orderedStream().forEach(r -> own.addAll(r.extraFields(task.taskKey())));
        extraFields().stream().filter(key -> !own.contains(key) && values.raw(key) != null).findFirst().ifPresent(key -> {
            throw ApiException.badRequest(key, "field.unknownField");
        });
        if (CompletionProcess.REPORT.equals(task.taskKey())) {
            rules.orderedStream().forEach(r -> r.reported(task, values));
        } else if (CompletionProcess.AUDIT.equals(task.taskKey())) {
            rules.orderedStream().forEach(r -> r.audited(task, values, values.decimal("performanceScore")));
        }
        return switch (task.taskKey()) {
            case CompletionProcess.REPORT -> management.report(task, values.decimal("actualSpending"),
                    beneficiaries(values.decimal("beneficiaries")), values.text("summary"));
            case CompletionProcess.INSPECT -> management.inspect(task, values.text(ProcessVariables.DECISION),
                    values.text("findings"));
            case CompletionProcess.RECTIFY -> management.rectify(task, values.text("response"),
                    values.decimal("actualSpending"));
            case CompletionProcess.REFUND -> management.refund(task, values.decimal("amount"),
                    values.text("bankReference"), values.date("refundedOn"));
            case CompletionProcess.CONFIRM_REFUND -> management.confirmRefund(task, values.decimal("amountReceived"),
                    values.text("comment"));
            case CompletionProcess.AUDIT -> management.audit(task, values.text(ProcessVariables.DECISION),
                    values.decimal("performanceScore"), values.text("findings"));
            default -> throw new IllegalArgumentException(task.taskKey());
        };
    }

    /** The history shows the findings or the response as the comment of these steps. */
    @Override
    public String comment(FormValues values) {
        for (String key : new String[] {"findings", "response", "comment"}) {
            if (values.text(key) != null) {
                return values.text(key);
            }
        }
        return null;
    }

    private static int beneficiaries(BigDecimal count) {
        if (count.compareTo(MAX_BENEFICIARIES) >= 0) {
            throw ApiException.badRequest("beneficiaries", "field.aboveMax", MAX_BENEFICIARIES.toPlainString());
        }
        return count.intValueExact();
    }
}
