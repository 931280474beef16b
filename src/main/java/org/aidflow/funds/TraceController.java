package org.aidflow.funds;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.agreement.Agreement;
import org.aidflow.agreement.Agreements;
import org.aidflow.documents.Documents;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The money trail of a project, and of an agreement over its projects, every figure summed from the ledger. */
@RestController
class TraceController {

    private final Projects projects;
    private final Agreements agreements;
    private final LedgerChain chain;
    private final LedgerFigures figures;
    private final Documents documents;
    private final Visibility visibility;

    TraceController(Projects projects, Agreements agreements, LedgerChain chain, LedgerFigures figures,
                    Documents documents, Visibility visibility) {
        this.projects = projects;
        this.agreements = agreements;
        this.chain = chain;
        this.figures = figures;
        this.documents = documents;
        this.visibility = visibility;
    }

    @GetMapping("/api/projects/{id}/trace")
    @Transactional(readOnly = true)
    Map<String, Object> project(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.find(id).filter(x -> visibility.canSee(user, x.donorUnion(), x.recipientUnion()))
                .orElseThrow(ApiException::notFound);
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("projectId", p.id());
        trace.put("code", p.code());
        trace.put("status", p.status());
        trace.put("budget", Checks.money(p.budget()));
        put(trace, figures.of(p.id()));
        trace.put("entries", chain.ofProject(p.id()).stream().map(TraceController::entry).toList());
        trace.put("documents", documents.ofProject(p.id()));
        return trace;
    }

    @GetMapping("/api/agreements/{id}/trace")
    @Transactional(readOnly = true)
    Map<String, Object> agreement(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Agreement a = agreements.find(id).filter(x -> visibility.canSee(user, x.donorUnion(), x.recipientUnion()))
                .orElseThrow(ApiException::notFound);
        Map<Long, LedgerFigures.Figures> byProject = figures.ofAgreement(id);
        LedgerFigures.Figures total = LedgerFigures.Figures.NONE;
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Project p : projects.ofAgreement(id)) {
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
        trace.put("entries", chain.ofAgreement(id).stream().map(TraceController::entry).toList());
        trace.put("documents", documents.ofAgreement(id));
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

    private static Map<String, Object> entry(LedgerEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("seq", e.seq());
        view.put("projectId", e.projectId());
        view.put("projectCode", e.projectCode());
        view.put("projectSeq", e.projectSeq());
        view.put("type", e.type());
        view.put("amount", e.amount());
        view.put("trancheNo", e.trancheNo());
        view.put("bankReference", e.bankReference());
        view.put("actor", e.actor());
        view.put("taskKey", e.taskKey());
        view.put("taskId", e.taskId());
        view.put("processInstanceId", e.processInstanceId());
        view.put("at", e.recordedAt().toInstant(ZoneOffset.UTC));
        view.put("prevHash", e.prevHash());
        view.put("hash", e.hash());
        return view;
    }
}
