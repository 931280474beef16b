package org.aidflow.desk;

import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar of a year, as due dates count it; for anyone signed in. */
@RestController
class CalendarController {

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/calendar/{year}")
    WorkingDays.Year year(@PathVariable int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.badRequest("year", "calendar.year");
        }
        return workingDays.year(year).orElseThrow(ApiException::notFound);
    }
}
