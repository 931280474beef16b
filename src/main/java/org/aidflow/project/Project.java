package org.aidflow.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An assistance project (援疆项目) under an agreement, sited with the agreement's recipient or a union below it. */
public record Project(long id, String code, long agreementId, String donorUnion, String recipientUnion,
                      String regionUnion, String title, ProjectType type, List<String> focusAreas, BigDecimal budget,
                      String description, Integer beneficiariesPlanned, ProjectStatus status,
                      String processInstanceId, String createdBy, Instant createdAt, Instant updatedAt,
                      Integer planYear) {

    public TypeGroup typeGroup() {
        return type.group();
    }
}
