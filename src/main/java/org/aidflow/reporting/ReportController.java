package org.aidflow.reporting;

import java.util.List;
import java.util.Locale;

import org.aidflow.security.CurrentUsers;
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

    ReportController(OverdueReport overdue, SummaryReport summaries, SummaryExport export) {
        this.overdue = overdue;
        this.summaries = summaries;
        this.export = export;
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
}
