package org.aidflow.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.imports.ProjectSheets.SheetRow;
import org.aidflow.project.ProjectManagement;
import org.aidflow.project.ProjectProposal;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A sheet of planned projects taken in as drafts. Every row is submitted exactly as {@code POST /api/projects}
 * would submit it, all rows in one transaction that is then rolled back: so each row meets every rule of the API
 * (the agreement's and the plan year's budget counting the rows above it too), and nothing of the trial stays.
 * Then the good rows become drafts, unless a row failed and the proposer did not ask to keep only the good ones.
 */
@Service
class ProjectImport {

    record RowResult(int row, String title, boolean ok, Long draftId, List<Map<String, String>> errors) {
    }

    record Report(boolean imported, int drafts, int refused, List<RowResult> rows) {
    }

    private final ProjectManagement management;
    private final ProjectDrafts drafts;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    ProjectImport(ProjectManagement management, ProjectDrafts drafts, AuditTrail audit, MessageSource messages,
                  ObjectMapper json, PlatformTransactionManager transactions) {
        this.management = management;
        this.drafts = drafts;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Trial(SheetRow row, ProjectProposal proposal, List<Map<String, String>> errors) {
    }

    Report run(CurrentUser user, List<SheetRow> rows, boolean keepValidRows, Locale locale) {
        List<Trial> trials = transactions.execute(status -> {
            status.setRollbackOnly();
            List<Trial> tried = new ArrayList<>();
            for (SheetRow row : rows) {
                Optional<Long> agreement = drafts.agreementOf(row.cell(0), user.unionCode());
                try {
                    ProjectProposal proposal = RowReader.read(row, agreement);
                    management.submit(user, proposal);
                    tried.add(new Trial(row, proposal, List.of()));
                } catch (ApiException e) {
                    if (e.status().value() == 403) {
                        throw e;
                    }
                    tried.add(new Trial(row, null, errors(e, locale)));
                }
            }
            return tried;
        });
        boolean clean = trials.stream().allMatch(t -> t.errors().isEmpty());
        if (!clean && !keepValidRows) {
            return report(false, trials.stream().map(t -> result(t, null)).toList());
        }
        List<RowResult> results = transactions.execute(status -> trials.stream().map(t -> result(t,
                t.errors().isEmpty() ? store(user, t) : null)).toList());
        return report(true, results);
    }

    private long store(CurrentUser user, Trial trial) {
        long agreementId = trial.proposal().agreementId();
        long id = drafts.insert(agreementId, user.unionCode(), trial.row().row(), trial.proposal().title(),
                write(trial.proposal()), user.username());
        audit.record(AuditRecord.of(AuditTrail.Subject.AGREEMENT, agreementId, "PROJECT_DRAFT_IMPORTED", user.username())
                .withComment(trial.proposal().title()).withDetails("{\"draftId\":" + id + ",\"row\":" + trial.row().row() + "}"));
        return id;
    }

    private String write(ProjectProposal proposal) {
        try {
            return json.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, String>> errors(ApiException e, Locale locale) {
        if (e.errors().isEmpty()) {
            return List.of(Map.of("field", "row", "message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)));
        }
        return e.errors().stream().map(p -> Map.of("field", p.field(),
                "message", messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))).toList();
    }

    private static RowResult result(Trial t, Long draftId) {
        return new RowResult(t.row().row(), t.row().cell(2), t.errors().isEmpty(), draftId, t.errors());
    }

    private static Report report(boolean imported, List<RowResult> rows) {
        int refused = (int) rows.stream().filter(r -> !r.ok()).count();
        return new Report(imported, (int) rows.stream().filter(r -> r.draftId() != null).count(), refused, rows);
    }
}
