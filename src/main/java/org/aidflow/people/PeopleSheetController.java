package org.aidflow.people;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aidflow.web.ApiException;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.aidflow.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff in bulk, as a workbook: the template to fill in, the directory exported in the same
 * columns, and a filled sheet imported with a report on every row. Administrators only.
 */
@RestController
class PeopleSheetController {

    private static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");

    private final PeopleSheets sheets;
    private final PeopleImport imports;
    private final PeopleSearch search;
    private final MessageSource messages;

    PeopleSheetController(PeopleSheets sheets, PeopleImport imports, PeopleSearch search, MessageSource messages) {
        this.sheets = sheets;
        this.imports = imports;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/admin/people/template.xlsx")
    ResponseEntity<byte[]> template() {
        PeopleController.admin();
        return workbook(sheets.template(), "aidflow-people-template.xlsx");
    }

    @GetMapping("/api/admin/people/export.xlsx")
    ResponseEntity<byte[]> export() {
        PeopleController.admin();
        List<PersonView> everyone = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<PersonView> batch = search.search(null, null, null, null, Paging.of(page, PageResult.MAX_SIZE));
            batch.items().stream().filter(p -> !p.isAdministrator()).forEach(everyone::add);
            if ((long) (page + 1) * PageResult.MAX_SIZE >= batch.total()) {
                break;
            }
        }
        return workbook(sheets.export(everyone), "aidflow-people-" + LocalDate.now(PROGRAM_TIME) + ".xlsx");
    }

    /**
     * 200 with the report when imported; 400, a problem carrying the same report as {@code rows},
     * when a row is refused and nothing was imported.
     */
    @PostMapping("/api/admin/people/import")
    ResponseEntity<Object> importSheet(@RequestParam(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) Boolean keepValidRows) throws IOException {
        var admin = PeopleController.admin();
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "field.required");
        }
        Locale locale = LocaleContextHolder.getLocale();
        PeopleImport.Report report = imports.run(admin, sheets.read(file.getBytes()), Boolean.TRUE.equals(keepValidRows), locale);
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        String detail = messages.getMessage("people.import.refused", new Object[] {report.refused()}, locale);
        List<Map<String, String>> errors = new ArrayList<>();
        report.rows().forEach(r -> r.errors().forEach(e -> errors.add(Map.of("field", "rows[" + r.row() + "]." + e.get("field"),
                "message", e.get("message")))));
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, detail, errors,
                messages.getMessage("status.400", null, locale));
        problem.setProperty("rows", report.rows());
        problem.setProperty("refused", report.refused());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<byte[]> workbook(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PeopleSheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }
}
