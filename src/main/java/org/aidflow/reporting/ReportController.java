package org.aidflow.reporting;

import org.aidflow.security.CurrentUsers;
import org.aidflow.tasks.TaskView;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports, each limited to what the caller may see. */
@RestController
class ReportController {

    private final OverdueReport overdue;

    ReportController(OverdueReport overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/api/reports/overdue")
    PageResult<TaskView> overdue(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return overdue.overdue(CurrentUsers.get(), Paging.of(page, size));
    }
}
