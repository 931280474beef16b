package org.aidflow.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.agreement.Agreement;
import org.aidflow.documents.Documents;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.Projects;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The money trail of a project, and of an agreement over its projects, every figure summed from the ledger. */
@Component
class TraceViews {

    private final Projects projects;
    private final LedgerChain chain;
    private final LedgerFigures figures;
    private final Documents documents;
    private final JdbcClient jdbc;

    TraceViews(Projects projects, LedgerChain chain, LedgerFigures figures, Documents documents, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.chain = chain;
        this.figures = figures;
        this.documents = documents;
    }

    Map<String, Object> of(Project p) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("projectId", p.id());
        trace.put("code", p.code());
        trace.put("status", p.status());
        trace.put("budget", Checks.money(p.budget()));
        put(trace, figures.of(p.id()));
        trace.put("entries", entries(chain.ofProject(p.id())));
        trace.put("documents", documents.ofProject(p.id()));
        return trace;
    }

    /** The agreement's figures are the sums of its projects'; its budget counts only live projects. */
    Map<String, Object> of(Agreement a) {
        Map<Long, LedgerFigures.Figures> byProject = figures.ofAgreement(a.id());
        LedgerFigures.Figures total = LedgerFigures.Figures.NONE;
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Project p : projects.ofAgreement(a.id())) {
            LedgerFigures.Figures f = byProject.getOrDefault(p.id(), LedgerFigures.Figures.NONE);
            total = total.plus(f);
            if (p.status() != ProjectStatus.REJECTED && p.status() != ProjectStatus.WITHDRAWN) {
                budget = budget.add(p.budget());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("projectId", p.id());
            row.put("code", p.code());
            row.put("title", p.title());
            row.put("status", p.status());
            row.put("budget", Checks.money(p.budget()));
            put(row, f);
            rows.add(row);
        }
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("agreementId", a.id());
        trace.put("code", a.code());
        trace.put("intendedAmount", Checks.money(a.intendedAmount()));
        trace.put("budget", budget);
        put(trace, total);
        trace.put("projects", rows);
        trace.put("entries", entries(chain.ofAgreement(a.id())));
        trace.put("documents", documents.ofAgreement(a.id()));
        return trace;
    }

    private static void put(Map<String, Object> view, LedgerFigures.Figures f) {
        view.put("allocated", f.allocated());
        view.put("transferred", f.transferred());
        view.put("received", f.received());
        view.put("spent", f.spent());
        view.put("refunded", f.refunded());
        view.put("balance", f.balance());
        view.put("untransferred", f.untransferred());
    }

    /** A ledger entry as a trace shows it, with the display name of who recorded it; {@code at} is UTC. */
    record TraceEntry(long seq, long projectId, String projectCode, int projectSeq, EntryType type, BigDecimal amount,
                      Integer trancheNo, String bankReference, String actor, String actorName, String taskKey,
                      String taskId, String processInstanceId, Instant at, String prevHash, String hash) {

        static TraceEntry of(LedgerEntry e, String actorName) {
            return new TraceEntry(e.seq(), e.projectId(), e.projectCode(), e.projectSeq(), e.type(), e.amount(),
                    e.trancheNo(), e.bankReference(), e.actor(), actorName, e.taskKey(), e.taskId(),
                    e.processInstanceId(), e.recordedAt().toInstant(ZoneOffset.UTC), e.prevHash(), e.hash());
        }
    }

    /** The entries with the display name of who recorded each, looked up once per person. */
    private List<TraceEntry> entries(List<LedgerEntry> entries) {
        Set<String> actors = new HashSet<>();
        entries.forEach(e -> actors.add(e.actor()));
        Map<String, String> names = new HashMap<>();
        if (!actors.isEmpty()) {
            jdbc.sql("SELECT username, display_name FROM person WHERE username IN (:actors)").param("actors", actors)
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return entries.stream().map(e -> TraceEntry.of(e, names.get(e.actor()))).toList();
    }
}
