package org.aidflow.ledger;

import java.math.BigDecimal;
import java.util.Map;

/** A project's ledger entries summed per type; a type without entries sums to 0.00. */
public record EntrySums(Map<EntryType, BigDecimal> byType) {

    public BigDecimal of(EntryType type) {
        return byType.getOrDefault(type, BigDecimal.ZERO).setScale(2);
    }
}
