package org.aidflow.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aidflow.imports.ProjectSheets.SheetRow;
import org.aidflow.project.IndicatorTarget;
import org.aidflow.project.ProjectProposal;
import org.aidflow.web.Checks;

/**
 * A sheet row as the proposal the API would take. Only the shape of each cell is judged here (a number, a
 * date, "amount@date"); every rule of a proposal is left to the submission itself, so that a row and an API
 * call are held to the very same rules.
 */
final class RowReader {

    private static final String LIST = "[,，;；、]+";

    private RowReader() {
    }

    /** The agreement's id is looked up from its code by the caller ({@code agreementId}). */
    static ProjectProposal read(SheetRow row, Optional<Long> agreementId) {
        Checks checks = new Checks();
        if (row.cell(0) == null) {
            checks.add("agreementCode", "field.required");
        } else if (agreementId.isEmpty()) {
            checks.add("agreementCode", "import.unknownAgreement");
        }
        BigDecimal budget = decimal(row.cell(5), "budget", checks);
        Integer planYear = Optional.ofNullable(decimal(row.cell(6), "planYear", checks)).map(RowReader::whole).orElse(null);
        if (row.cell(6) != null && planYear == null && !checks.hasProblem("planYear")) {
            checks.add("planYear", "field.notInteger");
        }
        List<ProjectProposal.Tranche> tranches = new ArrayList<>();
        String[] parts = row.cell(7) == null ? new String[0] : row.cell(7).split("[;；]+");
        for (int i = 0; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("@");
            String field = "tranches[" + i + "]";
            if (pair.length != 2) {
                checks.add(field, "import.trancheShape");
                continue;
            }
            tranches.add(new ProjectProposal.Tranche(decimal(pair[0].strip(), field + ".amount", checks),
                    date(pair[1].strip(), field + ".plannedOn", checks)));
        }
        BigDecimal beneficiaries = decimal(row.cell(8), "beneficiariesPlanned", checks);
        List<IndicatorTarget> targets = new ArrayList<>();
        String[] wanted = row.cell(9) == null ? new String[0] : row.cell(9).split("[;；]+");
        for (int i = 0; i < wanted.length; i++) {
            String[] shape = wanted[i].strip().split("[=\\s]+");
            if (shape.length != 3) {
                checks.add("indicators[" + i + "]", "import.targetShape");
                continue;
            }
            targets.add(new IndicatorTarget(shape[0], decimal(shape[1], "indicators[" + i + "].target", checks), shape[2]));
        }
        checks.throwIfAny();
        List<String> areas = row.cell(4) == null ? List.of()
                : Arrays.stream(row.cell(4).split(LIST)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ProjectProposal(agreementId.orElseThrow(), row.cell(1), row.cell(2), row.cell(3), areas, budget, tranches,
                row.cell(10), beneficiaries, planYear, targets);
    }

    private static BigDecimal decimal(String text, String field, Checks checks) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").strip());
            return value.precision() - value.scale() > 20 || value.scale() > 20 ? fail(field, checks) : value;
        } catch (NumberFormatException e) {
            return fail(field, checks);
        }
    }

    private static BigDecimal fail(String field, Checks checks) {
        checks.add(field, "field.notNumber");
        return null;
    }

    private static Integer whole(BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static LocalDate date(String text, String field, Checks checks) {
        try {
            LocalDate date = LocalDate.parse(text);
            String window = org.aidflow.web.InputRules.date(date);
            if (window != null) {
                checks.add(field, window);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            checks.add(field, "field.notDate");
            return null;
        }
    }

}
