package org.aidflow.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

/** The planned-projects workbook: its template, and its rows read as text, cell by cell. */
@Component
class ProjectSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_ROWS = 1000;
    static final List<String> HEADERS = List.of("协议编号 Agreement code", "项目所在工会 Site union", "项目名称 Title",
            "项目类型 Type", "重点领域 Focus areas", "预算（元） Budget", "计划年度 Plan year",
            "拨付计划 Tranches (amount@date; …)", "计划受益人数 Beneficiaries", "绩效目标 Targets (CODE=target UNIT; …)",
            "项目说明 Description");
    static final List<String> EXAMPLE = List.of("AGR-BJ-2026-000001", "XJ-HT", "和田职工书屋建设", "WORKER_LIBRARY",
            "CULTURE, FACILITY", "300000", "2026", "100000@2026-03-01; 200000@2026-09-01", "1200",
            "SITES_BUILT=6 COUNT; BENEFICIARIES=3000 PERSON_TIMES; SATISFACTION=90 PERCENT", "为和田职工建设书屋");

    /** One filled row: its number as the sheet shows it (the header is row 1) and its cells. */
    record SheetRow(int row, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("项目 Projects");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle style = book.createCellStyle();
            style.setFont(bold);
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(style);
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                sheet.setColumnWidth(i, 24 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled rows below the header, blank ones skipped; a file that is no XLSX workbook is a 400 on file. */
    List<SheetRow> read(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw ApiException.badRequest("file", "import.notXlsx");
        }
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        DataFormatter format = new DataFormatter();
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(row == null ? null : text(row.getCell(c), format));
                }
                if (cells.stream().allMatch(java.util.Objects::isNull)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw ApiException.badRequest("file", "import.tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(r + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("file", "import.unreadable");
        }
        if (rows.isEmpty()) {
            throw ApiException.badRequest("file", "import.empty");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String value = format.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }
}
