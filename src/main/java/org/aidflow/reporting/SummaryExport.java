package org.aidflow.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aidflow.reporting.ReportSheets.Table;
import org.aidflow.reporting.Summary.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A summary as a download ({@link ReportSheets}), with the JSON's columns and figures. Headers are in
 * the caller's language; the last row holds the totals.
 */
@Component
class SummaryExport {

    static final String XLSX = ReportSheets.XLSX;
    static final String CSV = ReportSheets.CSV;
    static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");

    private static final List<String> COLUMNS = List.of("key", "labelZh", "labelEn", "projects", "budget", "transferred",
            "received", "spent");
    private static final int[] WIDTHS = {22, 30, 44, 10, 20, 20, 20, 20};

    private final MessageSource messages;

    SummaryExport(MessageSource messages) {
        this.messages = messages;
    }

    String contentDisposition(Summary summary, Locale locale, String extension) {
        LocalDate today = LocalDate.now(PROGRAM_TIME);
        return ReportSheets.contentDisposition("aidflow-summary-" + summary.groupBy() + "-" + today + "." + extension,
                text("report.summary.fileName", locale, text("report.summary.groupBy." + summary.groupBy(), locale), today)
                        + "." + extension);
    }

    byte[] csv(Summary summary, Locale locale) {
        return ReportSheets.csv(List.of(table(summary, locale)));
    }

    byte[] xlsx(Summary summary, Locale locale) {
        return ReportSheets.xlsx(List.of(table(summary, locale)));
    }

    private Table table(Summary summary, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(header(COLUMNS, "report.summary.column.", locale));
        for (Row r : summary.rows()) {
            lines.add(cells(r));
        }
        Summary.Totals t = summary.totals();
        lines.add(List.of("", ReportLabels.TOTAL.zh(), ReportLabels.TOTAL.en(), t.projects(), t.budget(), t.transferred(), t.received(), t.spent()));
        return new Table(text("report.summary.sheet", locale), lines, WIDTHS);
    }

    /** A row of a summary's figures, in the order of its columns. */
    static List<Object> cells(Row r) {
        return List.of(r.key(), r.labelZh(), r.labelEn(), r.projects(), r.budget(), r.transferred(), r.received(), r.spent());
    }

    List<Object> header(List<String> columns, String prefix, Locale locale) {
        return new ArrayList<>(columns.stream().map(c -> (Object) text(prefix + c, locale)).toList());
    }

    static String csvCell(Object value) {
        return ReportSheets.csvCell(value);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
