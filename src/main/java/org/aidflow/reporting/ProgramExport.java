package org.aidflow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aidflow.reporting.ReportSheets.Table;
import org.springframework.stereotype.Component;

/** The program report as a download: its totals, donors, type groups, facility types and proposals not fixed, a table each. */
@Component
class ProgramExport {

    private static final List<String> TOTALS = List.of("donors", "agreements", "intendedAmount", "donorsOver20Million",
            "projects", "budget", "transferred", "received", "spent");
    private static final List<String> DONORS = List.of("key", "labelZh", "labelEn", "agreements", "intendedAmount", "projects",
            "budget", "transferred", "received", "spent");
    private static final List<String> ROWS = List.of("key", "labelZh", "labelEn", "projects", "budget", "transferred",
            "received", "spent");
    private static final String COLUMN = "report.program.column.";

    private final SummaryExport summaries;

    ProgramExport(SummaryExport summaries) {
        this.summaries = summaries;
    }

    String contentDisposition(Locale locale, String extension) {
        LocalDate today = LocalDate.now(SummaryExport.PROGRAM_TIME);
        return ReportSheets.contentDisposition("aidflow-program-" + today + "." + extension,
                summaries.text("report.program.fileName", locale, today) + "." + extension);
    }

    byte[] csv(ProgramReport report, Locale locale) {
        return ReportSheets.csv(tables(report, locale));
    }

    byte[] xlsx(ProgramReport report, Locale locale) {
        return ReportSheets.xlsx(tables(report, locale));
    }

    private List<Table> tables(ProgramReport report, Locale locale) {
        ProgramReport.Totals t = report.totals();
        List<List<Object>> totals = List.of(summaries.header(TOTALS, COLUMN, locale), List.of(t.donors(), t.agreements(),
                t.intendedAmount(), report.donorsOver20Million(), t.projects(), t.budget(), t.transferred(), t.received(), t.spent()));
        List<List<Object>> donors = new ArrayList<>();
        donors.add(summaries.header(DONORS, COLUMN, locale));
        for (ProgramReport.Donor d : report.donors()) {
            donors.add(List.of(d.key(), d.labelZh(), d.labelEn(), d.agreements(), d.intendedAmount(), d.projects(), d.budget(),
                    d.transferred(), d.received(), d.spent()));
        }
        List<List<Object>> groups = rows(report.typeGroups(), locale);
        groups.add(List.of("", ReportLabels.TOTAL.zh(), ReportLabels.TOTAL.en(), t.projects(), t.budget(), t.transferred(),
                t.received(), t.spent()));
        return List.of(
                new Table(sheet("totals", locale), totals, new int[] {12, 12, 20, 16, 12, 20, 20, 20, 20}),
                new Table(sheet("donors", locale), donors, new int[] {10, 30, 44, 12, 20, 12, 20, 20, 20, 20}),
                new Table(sheet("typeGroups", locale), groups, new int[] {22, 30, 44, 10, 20, 20, 20, 20}),
                new Table(sheet("facilityTypes", locale), rows(report.facilityTypes(), locale), new int[] {26, 30, 44, 10, 20, 20, 20, 20}),
                new Table(sheet("notFixed", locale), rows(report.notFixed(), locale), new int[] {18, 30, 44, 10, 20, 20, 20, 20}));
    }

    private List<List<Object>> rows(List<Summary.Row> rows, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(summaries.header(ROWS, "report.summary.column.", locale));
        rows.forEach(r -> lines.add(SummaryExport.cells(r)));
        return lines;
    }

    private String sheet(String name, Locale locale) {
        return summaries.text("report.program.sheet." + name, locale);
    }
}
