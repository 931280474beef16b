package org.aidflow.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A proposal as other features hand it in (an imported sheet's row): the body of POST /api/projects. */
public record ProjectProposal(Long agreementId, String recipientUnion, String title, String type, List<String> focusAreas,
                              BigDecimal budget, List<Tranche> tranches, String description, BigDecimal beneficiariesPlanned,
                              Integer planYear, List<IndicatorTarget> indicators) {

    public record Tranche(BigDecimal amount, LocalDate plannedOn) {
    }
}
