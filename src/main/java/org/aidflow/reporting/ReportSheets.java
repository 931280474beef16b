package org.aidflow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reports as downloads: tables of strings, Longs (counts) and BigDecimals (amounts), each with a header
 * line first. CSV is UTF-8 with a byte order mark, so that Excel reads the Chinese right; several tables
 * follow one another, each under its name and after an empty line. XLSX has a sheet per table, amounts
 * as numbers shown with two decimals.
 */
public final class ReportSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One table: its (sheet) name, its lines (the header first) and its columns' widths in characters. */
    public record Table(String name, List<List<Object>> lines, int[] widths) {
    }

    private ReportSheets() {
    }

    static byte[] csv(List<Table> tables) {
        StringBuilder out = new StringBuilder();
        for (Table table : tables) {
            if (tables.size() > 1) {
                out.append(out.isEmpty() ? "" : "\r\n").append(csvCell(table.name())).append("\r\n");
            }
            for (List<Object> line : table.lines()) {
                List<String> cells = new ArrayList<>();
                for (Object value : line) {
                    cells.add(csvCell(value));
                }
                out.append(String.join(",", cells)).append("\r\n");
            }
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                for (int r = 0; r < table.lines().size(); r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    List<Object> line = table.lines().get(r);
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
                for (int c = 0; c < table.widths().length; c++) {
                    sheet.setColumnWidth(c, table.widths()[c] * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An attachment named in the caller's language (RFC 5987 {@code filename*}), with a plain ASCII
     * {@code filename} for clients that know only that (RFC 6266).
     */
    static String contentDisposition(String ascii, String name) {
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
}
