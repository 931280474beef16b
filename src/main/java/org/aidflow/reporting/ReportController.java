package org.aidflow.reporting;

import java.util.List;
import java.util.Locale;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.Checks;
import org.aidflow.tasks.TaskView;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports, each limited to what the caller may see. */
@RestController
class ReportController {

    private final OverdueReport overdue;
    private final SummaryReport summaries;
    private final SummaryExport export;
    private final ProgramReporting programs;
    private final ProgramExport programExport;

    ReportController(OverdueReport overdue, SummaryReport summaries, SummaryExport export, ProgramReporting programs,
                     ProgramExport programExport) {
        this.overdue = overdue;
        this.summaries = summaries;
        this.export = export;
        this.programs = programs;
        this.programExport = programExport;
    }

    @GetMapping("/api/reports/overdue")
    PageResult<TaskView> overdue(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return overdue.overdue(CurrentUsers.get(), Paging.of(page, size));
    }

    /**
     * Projects and their money per group, as JSON or as a CSV or XLSX download; {@code status} chooses the
     * projects counted, by default every project but the rejected and withdrawn ones.
     */
    @GetMapping("/api/reports/summary")
    ResponseEntity<?> summary(@RequestParam(required = false) String groupBy,
                              @RequestParam(required = false) String format,
                              @RequestParam(required = false) List<String> status) {
        SummaryRequest request = SummaryRequest.of(groupBy, format, status);
        Summary summary = summaries.summarize(CurrentUsers.get(), request.groupBy(), request.statuses());
        if (request.format().equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean csv = request.format().equals("csv");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? SummaryExport.CSV : SummaryExport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, export.contentDisposition(summary, locale, request.format()))
                .body(csv ? export.csv(summary, locale) : export.xlsx(summary, locale));
    }

    /** The whole program the way the article reports it (donors, agreements, projects fixed per type group, facilities), as JSON, CSV or XLSX. */
    @GetMapping("/api/reports/program")
    ResponseEntity<?> program(@RequestParam(required = false) String format) {
        Checks checks = new Checks();
        String form = SummaryRequest.format(format, checks);
        checks.throwIfAny();
        ProgramReport report = programs.report(CurrentUsers.get());
        if (form.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean csv = form.equals("csv");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? ReportSheets.CSV : ReportSheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, programExport.contentDisposition(locale, form))
                .body(csv ? programExport.csv(report, locale) : programExport.xlsx(report, locale));
    }
}
