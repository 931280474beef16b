package org.aidflow.directory;

/**
 * A round of the paired-assistance program (2021–2025, 2026–2030 …) with its own pairings. A round's
 * pairings are in force from its start year until the next round begins.
 */
public record Round(String code, String nameZh, String nameEn, int startYear, int endYear) {

    public boolean covers(int year) {
        return startYear <= year && year <= endYear;
    }

    /** Ended before {@code year}: its pairings are history and no longer change. */
    public boolean closedIn(int year) {
        return endYear < year;
    }
}
