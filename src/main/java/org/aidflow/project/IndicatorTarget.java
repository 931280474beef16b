package org.aidflow.project;

import java.math.BigDecimal;

/** One performance target (绩效目标) a proposal sets: an indicator of the catalogue, its target and unit. */
public record IndicatorTarget(String code, BigDecimal target, String unit) {
}
