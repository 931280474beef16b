package org.aidflow.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.aidflow.agreement.Signatures.Side;
import org.aidflow.documents.Documents;
import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Component;

/** The business rules of the agreement's four task forms. */
@Component
class AgreementTasks implements TaskHandler {

    private final Agreements agreements;
    private final AgreementManagement management;
    private final Signatures signatures;
    private final Documents documents;
    private final AgreementViews views;

    AgreementTasks(Agreements agreements, AgreementManagement management, Signatures signatures, Documents documents,
                   AgreementViews views) {
        this.agreements = agreements;
        this.management = management;
        this.signatures = signatures;
        this.documents = documents;
        this.views = views;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(AgreementProcess.REVIEW, AgreementProcess.REVISE, AgreementProcess.SIGN_DONOR,
                AgreementProcess.SIGN_RECIPIENT);
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        Agreement agreement = agreements.find(task.agreementId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agreement", views.detail(agreement));
        if (AgreementProcess.REVISE.equals(task.taskKey())) {
            Map<String, Object> prefill = new LinkedHashMap<>();
            prefill.put("title", agreement.title());
            prefill.put("focusAreas", agreement.focusAreas());
            prefill.put("intendedAmount", agreement.intendedAmount());
            prefill.put("startDate", agreement.startDate().toString());
            prefill.put("endDate", agreement.endDate().toString());
            prefill.put("description", agreement.description());
            data.put("values", prefill);
        }
        return data;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        long id = task.agreementId();
        return switch (task.taskKey()) {
            case AgreementProcess.REVIEW -> review(values);
            case AgreementProcess.REVISE -> revise(id, values);
            case AgreementProcess.SIGN_DONOR -> sign(id, Side.DONOR, task, values);
            case AgreementProcess.SIGN_RECIPIENT -> sign(id, Side.RECIPIENT, task, values);
            default -> throw new IllegalArgumentException(task.taskKey());
        };
    }

    private Map<String, Object> review(FormValues values) {
        String decision = values.text(ProcessVariables.DECISION);
        if (!"APPROVE".equals(decision) && values.text("comment") == null) {
            throw ApiException.badRequest("comment", "task.commentRequired");
        }
        return Map.of(ProcessVariables.DECISION, decision);
    }

    private Map<String, Object> revise(long id, FormValues values) {
        String action = values.text("action");
        if ("RESUBMIT".equals(action)) {
            management.revise(id, new AgreementFields(values.text("title"), values.list("focusAreas"),
                    values.decimal("intendedAmount"), values.date("startDate"), values.date("endDate"),
                    values.text("description")));
        }
        return Map.of("action", action);
    }

    private Map<String, Object> sign(long id, Side side, TaskContext task, FormValues values) {
        java.math.BigDecimal given = values.decimal("documentId");
        boolean whole = given.stripTrailingZeros().scale() <= 0 && given.signum() > 0 && given.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
        boolean ofThisAgreement = whole && documents.find(given.longValue())
                .map(d -> d.agreementId() != null && d.agreementId() == id).orElse(false);
        new Checks().check(ofThisAgreement, "documentId", "document.notOfAgreement").throwIfAny();
        agreements.lock(id).orElseThrow();
        signatures.insert(id, side, values.text("signatory"), values.date("signedOn"), given.longValue(), task.actor().username());
        return Map.of();
    }
}
