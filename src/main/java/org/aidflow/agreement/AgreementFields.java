package org.aidflow.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.aidflow.web.Checks;

/** The editable content of an agreement, as drafted and as revised. */
record AgreementFields(String title, List<String> focusAreas, BigDecimal intendedAmount, LocalDate startDate,
                       LocalDate endDate, String description) {

    AgreementFields {
        focusAreas = focusAreas == null ? List.of() : focusAreas.stream().distinct().toList();
        title = title == null ? null : title.strip();
    }

    void check(Checks checks) {
        checks.require("title", title).maxLength("title", title, 200)
                .require("focusAreas", focusAreas)
                .require("intendedAmount", intendedAmount).amount("intendedAmount", intendedAmount)
                .require("startDate", startDate)
                .require("endDate", endDate)
                .maxLength("description", description, 4000);
        for (String area : focusAreas) {
            checks.check(area != null && FocusArea.isKnown(area), "focusAreas", "agreement.focusArea");
        }
        if (startDate != null && endDate != null) {
            checks.check(!endDate.isBefore(startDate), "endDate", "agreement.endBeforeStart");
        }
    }
}
