package org.aidflow.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assistance agreement (援疆协议) between a donor union and a recipient union. */
public record Agreement(long id, String code, String donorUnion, String recipientUnion, String title,
                        List<String> focusAreas, BigDecimal intendedAmount, LocalDate startDate, LocalDate endDate,
                        String description, AgreementStatus status, String processInstanceId, String createdBy,
                        Instant createdAt, Instant updatedAt) {
}
