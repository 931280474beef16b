package org.aidflow.funds;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.aidflow.ledger.LedgerFigures;
import org.aidflow.project.PlannedTranche;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectFunds;
import org.aidflow.project.TrancheActual;
import org.aidflow.project.Projects;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Component;

/** How tranches are shown: beside the tranche forms, and in a project's detail. */
@Component
class TrancheViews implements ProjectFunds {

    private final Tranches tranches;
    private final Projects projects;
    private final FundLedger ledger;
    private final LedgerFigures figures;

    TrancheViews(Tranches tranches, Projects projects, FundLedger ledger, LedgerFigures figures) {
        this.tranches = tranches;
        this.projects = projects;
        this.ledger = ledger;
        this.figures = figures;
    }

    @Override
    public Map<Integer, TrancheActual> tranches(long projectId) {
        Map<Integer, TrancheActual> views = new LinkedHashMap<>();
        tranches.ofProject(projectId).forEach(t -> views.put(t.trancheNo(), view(t)));
        return views;
    }

    /** What a tranche form shows: the project, this tranche's plan and state, and the money so far. */
    Map<String, Object> of(Project p, int trancheNo, int trancheCount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", Map.of("id", p.id(), "code", p.code(), "title", p.title(), "donorUnion", p.donorUnion(),
                "recipientUnion", p.recipientUnion(), "budget", Checks.money(p.budget()), "status", p.status()));
        data.put("trancheNo", trancheNo);
        data.put("trancheCount", trancheCount);
        data.put("planned", planned(p, trancheNo).map(t -> Map.of("amount", Checks.money(t.amount()),
                "plannedOn", t.plannedOn())).orElse(null));
        data.put("tranche", tranches.find(p.id(), trancheNo).map(this::view).orElse(null));
        LedgerFigures.Figures f = figures.of(p.id());
        data.put("transferred", f.transferred());
        data.put("received", f.received());
        data.put("remaining", Checks.money(ledger.remaining(p, trancheNo)));
        data.put("progressReportRequired", trancheNo > 1);
        return data;
    }

    Map<String, Object> prefill(String taskKey, Project p, int trancheNo) {
        Optional<Tranche> current = tranches.find(p.id(), trancheNo);
        return switch (taskKey) {
            case TrancheProcess.REQUEST -> planned(p, trancheNo)
                    .map(t -> Map.<String, Object>of("amount", Checks.money(t.amount().min(ledger.remaining(p, trancheNo)))))
                    .orElse(Map.of());
            case TrancheProcess.TRANSFER -> current.map(t -> Map.<String, Object>of("amount", t.requestedAmount()))
                    .orElse(Map.of());
            case TrancheProcess.RECEIPT -> current.filter(t -> t.transferredAmount() != null)
                    .map(t -> Map.<String, Object>of("amountReceived", t.transferredAmount())).orElse(Map.of());
            default -> Map.of();
        };
    }

    private Optional<PlannedTranche> planned(Project p, int trancheNo) {
        return projects.plan(p.id()).stream().filter(t -> t.trancheNo() == trancheNo).findFirst();
    }

    private TrancheActual view(Tranche t) {
        return new TrancheActual(t.trancheNo(), t.status().name(), t.requestedAmount(), t.purpose(), t.progressReport(),
                t.requestedBy(), t.approvedBy(), t.transferredAmount(), t.bankReference(), t.transferredOn(),
                t.receivedAmount(), t.receivedOn(), shortfall(t), t.finding(), t.resolution(), t.updatedAt());
    }

    private static BigDecimal shortfall(Tranche t) {
        return t.receivedAmount() == null ? null : t.transferredAmount().subtract(t.receivedAmount());
    }
}
