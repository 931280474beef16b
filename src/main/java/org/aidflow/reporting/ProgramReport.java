package org.aidflow.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The program laid out the way the article reports it: the donors and what they intend under their
 * agreements in force, the projects fixed (approved and beyond, as {@link #statuses} lists) and their
 * money per type group, the facilities among them per type, the proposals not fixed (under review,
 * rejected, withdrawn) apart, and the totals. Over what the caller may see.
 */
record ProgramReport(List<String> statuses, Totals totals, long donorsOver20Million, List<Donor> donors,
                     List<Summary.Row> typeGroups, List<Summary.Row> facilityTypes, List<Summary.Row> notFixed) {

    /** The article counts the donors intending more than 20,000,000 yuan (援助意向超过2000万元). */
    static final BigDecimal LARGE_INTENT = new BigDecimal("20000000");

    record Totals(long donors, long agreements, BigDecimal intendedAmount, long projects, BigDecimal budget,
                  BigDecimal transferred, BigDecimal received, BigDecimal spent) {
    }

    /** A donor union: its agreements in force and the amount they intend, its projects fixed and their money. */
    record Donor(String key, String labelZh, String labelEn, long agreements, BigDecimal intendedAmount, long projects,
                 BigDecimal budget, BigDecimal transferred, BigDecimal received, BigDecimal spent) {
    }
}
