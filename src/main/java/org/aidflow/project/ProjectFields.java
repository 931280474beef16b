package org.aidflow.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.aidflow.agreement.FocusArea;
import org.aidflow.web.Checks;

/** The editable content of a project, as submitted and as revised, with its tranche plan. */
record ProjectFields(String title, String type, List<String> focusAreas, BigDecimal budget, String description,
                     BigDecimal beneficiariesPlanned, List<TrancheDraft> tranches, Integer planYear,
                     List<IndicatorTarget> indicators) {

    static final int MAX_TRANCHES = 24;
    private static final BigDecimal MAX_BENEFICIARIES = BigDecimal.valueOf(1_000_000_000L);

    record TrancheDraft(BigDecimal amount, LocalDate plannedOn) {
    }

    ProjectFields {
        focusAreas = focusAreas == null ? List.of() : focusAreas.stream().distinct().toList();
        tranches = tranches == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tranches));
        title = title == null ? null : title.strip();
        indicators = indicators == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(indicators));
    }

    /** What other features' rules see of these fields. */
    ProposalRules.Proposal proposal(long agreementId, Long projectId) {
        return new ProposalRules.Proposal(agreementId, projectId, type, budget, planYear, indicators);
    }

    void check(Checks checks) {
        checks.require("title", title).maxLength("title", title, 200)
                .require("type", type)
                .require("focusAreas", focusAreas)
                .require("budget", budget).amount("budget", budget)
                .maxLength("description", description, 4000)
                .require("tranches", tranches);
        if (type != null && !type.isBlank()) {
            checks.check(ProjectType.isKnown(type), "type", "project.type");
        }
        for (String area : focusAreas) {
            checks.check(area != null && FocusArea.isKnown(area), "focusAreas", "agreement.focusArea");
        }
        if (beneficiariesPlanned != null) {
            checks.check(beneficiariesPlanned.stripTrailingZeros().scale() <= 0, "beneficiariesPlanned", "field.notInteger")
                    .check(beneficiariesPlanned.signum() >= 0, "beneficiariesPlanned", "field.belowMin", 0)
                    .check(beneficiariesPlanned.compareTo(MAX_BENEFICIARIES) < 0, "beneficiariesPlanned",
                            "field.aboveMax", MAX_BENEFICIARIES.toPlainString());
        }
        checkPlan(checks);
    }

    private void checkPlan(Checks checks) {
        checks.check(tranches.size() <= MAX_TRANCHES, "tranches", "project.tooManyTranches", MAX_TRANCHES);
        boolean valid = !tranches.isEmpty() && budget != null && !checks.hasProblem("budget");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            TrancheDraft t = tranches.get(i);
            String field = "tranches[" + i + "]";
            if (t == null) {
                checks.add(field, "field.required");
                valid = false;
                continue;
            }
            String amount = field + ".amount";
            checks.require(amount, t.amount()).amount(amount, t.amount()).require(field + ".plannedOn", t.plannedOn());
            boolean validAmount = t.amount() != null && !checks.hasProblem(amount);
            valid &= validAmount;
            // only amounts already found well-shaped and in range are added up
            sum = validAmount ? sum.add(t.amount()) : sum;
        }
        if (valid && sum.compareTo(budget) != 0) {
            checks.add("tranches", "project.tranchesSum", Checks.money(sum).toPlainString(),
                    Checks.money(budget).toPlainString());
        }
    }

    ProjectType projectType() {
        return ProjectType.valueOf(type);
    }

    Integer beneficiaries() {
        return beneficiariesPlanned == null ? null : beneficiariesPlanned.intValueExact();
    }

    List<PlannedTranche> plan() {
        return IntStream.range(0, tranches.size())
                .mapToObj(i -> new PlannedTranche(i + 1, Checks.money(tranches.get(i).amount()), tranches.get(i).plannedOn()))
                .toList();
    }
}
