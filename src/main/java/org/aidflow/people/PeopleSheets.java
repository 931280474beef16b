package org.aidflow.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aidflow.directory.Directory;
import org.aidflow.directory.Union;
import org.aidflow.web.ApiException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The staff sheet: the template to fill in, the directory exported in the same columns (so an
 * export, edited, imports back), and the reading of an uploaded sheet into rows. Headers carry
 * both languages; columns are found by position, so a header's wording may differ.
 */
@Component
class PeopleSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows read at most from one sheet: a province's staff, many times over. */
    static final int MAX_ROWS = 5000;
    static final List<String> HEADERS = List.of("工会代码 Union code", "用户名 User name", "姓名 Name", "英文名 English name",
            "角色 Roles", "电子邮箱 E-mail", "电话 Phone", "已停用 Disabled");

    /** One sheet row as given; {@code row} counts from 1 as Excel shows it. */
    record SheetRow(int row, String union, String username, String displayName, String displayNameEn, List<String> roles,
                    String email, String phone) {
    }

    private final Directory directory;

    PeopleSheets(Directory directory) {
        this.directory = directory;
    }

    byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet staff = header(book, "人员 Staff");
            Row example = staff.createRow(1);
            List<String> sample = List.of("BJ", "bj.zhang.wei", "张伟", "Zhang Wei", "proposer, finance", "zhang.wei@example.cn",
                    "+86 10 1234 5678", "");
            for (int i = 0; i < sample.size(); i++) {
                example.createCell(i).setCellValue(sample.get(i));
            }
            Sheet help = book.createSheet("工会与角色 Unions and roles");
            Row head = help.createRow(0);
            List<String> helpHeaders = List.of("工会代码 Union code", "名称 Name", "Name", "层级 Level", "可担任的角色 Roles");
            for (int i = 0; i < helpHeaders.size(); i++) {
                head.createCell(i).setCellValue(helpHeaders.get(i));
            }
            int r = 1;
            for (Union union : directory.all()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(union.code());
                row.createCell(1).setCellValue(union.nameZh());
                row.createCell(2).setCellValue(union.nameEn());
                row.createCell(3).setCellValue(union.level().name());
                row.createCell(4).setCellValue(String.join(", ", union.level().roles()));
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] export(List<PersonView> people) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet staff = header(book, "人员 Staff");
            int r = 1;
            for (PersonView p : people) {
                Row row = staff.createRow(r++);
                List<String> values = Arrays.asList(p.union(), p.username(), p.displayName(), p.displayNameEn(),
                        String.join(", ", p.roles()), p.email(), p.phone(), p.disabled() ? "yes" : "");
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of the first sheet below its header, blank rows skipped. A file that is not an
     * XLSX workbook (by its content), or is one too large when unpacked, is a 400 on {@code file}.
     */
    List<SheetRow> read(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw ApiException.badRequest("file", "people.import.notXlsx");
        }
        // a zip bomb is refused by POI's own limits: inflate ratio and entry size
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        DataFormatter format = new DataFormatter();
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, format)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw ApiException.badRequest("file", "people.import.tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(r + 1, text(row, 0, format), text(row, 1, format), text(row, 2, format),
                        text(row, 3, format), roles(text(row, 4, format)), text(row, 5, format), text(row, 6, format)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("file", "people.import.unreadable");
        }
        return rows;
    }

    private static boolean blank(Row row, DataFormatter format) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (text(row, i, format) != null) {
                return false;
            }
        }
        return true;
    }

    /** A cell as the sheet shows it, trimmed; empty is {@code null}. */
    private static String text(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String value = format.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    /** "proposer, finance", "proposer；finance" or "proposer finance". */
    private static List<String> roles(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,，;；、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Sheet header(XSSFWorkbook book, String name) {
        Sheet sheet = book.createSheet(name);
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        Row head = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(HEADERS.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, 22 * 256);
        }
        return sheet;
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
