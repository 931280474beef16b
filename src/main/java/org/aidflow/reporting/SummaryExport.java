package org.aidflow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aidflow.reporting.Summary.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A summary as a download, with the JSON's columns and figures: CSV (UTF-8 with a byte order mark,
 * so that Excel reads the Chinese right) or XLSX (amounts as numbers shown with two decimals).
 * Headers are in the caller's language; the last row holds the totals.
 */
@Component
class SummaryExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private static final List<String> COLUMNS = List.of("key", "labelZh", "labelEn", "projects", "budget", "transferred",
            "received", "spent");
    private static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    SummaryExport(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * An attachment named in the caller's language (RFC 5987 {@code filename*}), with a plain ASCII
     * {@code filename} for clients that know only that (RFC 6266).
     */
    String contentDisposition(Summary summary, Locale locale, String extension) {
        LocalDate today = LocalDate.now(PROGRAM_TIME);
        String ascii = "aidflow-summary-" + summary.groupBy() + "-" + today + "." + extension;
        String name = text("report.summary.fileName", locale, text("report.summary.groupBy." + summary.groupBy(), locale),
                today) + "." + extension;
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    byte[] csv(Summary summary, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (List<Object> line : lines(summary, locale)) {
            List<String> cells = new ArrayList<>();
            for (Object value : line) {
                cells.add(csvCell(value));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    byte[] xlsx(Summary summary, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("report.summary.sheet", locale));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            List<List<Object>> lines = lines(summary, locale);
            for (int r = 0; r < lines.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = line.get(c);
                    if (value instanceof BigDecimal money) {
                        cell.setCellValue(money.doubleValue());
                        cell.setCellStyle(amount);
                    } else if (value instanceof Long n) {
                        cell.setCellValue(n);
                        cell.setCellStyle(count);
                    } else {
                        // a string cell is never evaluated as a formula, so it needs no neutralising here
                        cell.setCellValue(String.valueOf(value));
                        if (r == 0) {
                            cell.setCellStyle(header);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {22, 30, 44, 10, 20, 20, 20, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header, one line per row and the totals: strings, Longs for counts, BigDecimals for amounts. */
    private List<List<Object>> lines(Summary summary, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(new ArrayList<>(COLUMNS.stream().map(c -> (Object) text("report.summary.column." + c, locale)).toList()));
        for (Row r : summary.rows()) {
            lines.add(List.of(r.key(), r.labelZh(), r.labelEn(), r.projects(), r.budget(), r.transferred(), r.received(),
                    r.spent()));
        }
        Summary.Totals t = summary.totals();
        lines.add(List.of("", ReportLabels.TOTAL.zh(), ReportLabels.TOTAL.en(), t.projects(), t.budget(), t.transferred(), t.received(), t.spent()));
        return lines;
    }

    /**
     * RFC 4180 quoting; text that a spreadsheet would take for a formula (= + - @, tab, carriage return
     * first) gets a leading apostrophe. Numbers are written plain, so a figure is never altered.
     */
    static String csvCell(Object value) {
        String text;
        if (value instanceof BigDecimal money) {
            text = money.toPlainString();
        } else if (value instanceof Long n) {
            text = n.toString();
        } else {
            text = String.valueOf(value);
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
