package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Working days on the State Council's calendars: holidays off, make-up days (调休) on, other years Monday to Friday. */
class WorkingDaysTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final WorkingDays days = new WorkingDays(JSON, "");

    @Test
    void countsHolidaysAndMakeUpWorkingDays() {
        // National Day 2026: 1 to 7 October off, Sunday 20 September and Saturday 10 October worked
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.plus(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        // Spring Festival 2026: 15 to 23 February off, Saturdays 14 and 28 February worked
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(days.plus(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(days.plus(LocalDate.of(2026, 2, 24), -1)).isEqualTo(LocalDate.of(2026, 2, 14));
        // 2025: Spring Festival 28 January to 4 February, Sunday 26 January worked
        assertThat(days.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(days.plus(LocalDate.of(2025, 1, 27), 1)).isEqualTo(LocalDate.of(2025, 2, 5));
        // a plain week: ten working days are two weeks
        assertThat(days.plus(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(days.year(2026).orElseThrow().holidays()).hasSize(7);
    }

    @Test
    void aYearWithoutACalendarCountsMondayToFridayAndTheAdministratorsFileWins(@TempDir Path dir) throws IOException {
        assertThat(days.year(2031)).isEmpty();
        assertThat(days.plus(LocalDate.of(2031, 1, 3), 1)).isEqualTo(LocalDate.of(2031, 1, 6));
        Files.writeString(dir.resolve("2031.json"), """
                {"year": 2031, "source": "test", "holidays": [{"name": "元旦", "nameEn": "New Year's Day", "from": "2031-01-06", "to": "2031-01-06"}],
                 "workdays": [{"date": "2031-01-04", "name": "调休"}]}""");
        WorkingDays edited = new WorkingDays(JSON, dir.toString());
        assertThat(edited.plus(LocalDate.of(2031, 1, 3), 1)).isEqualTo(LocalDate.of(2031, 1, 4));
        assertThat(edited.plus(LocalDate.of(2031, 1, 4), 1)).isEqualTo(LocalDate.of(2031, 1, 7));
        assertThat(edited.year(2031).orElseThrow().source()).isEqualTo("test");
    }

    @Test
    void aDueDateIsADurationOfWorkingDaysFromNow() {
        assertThat(days.dueIn(0)).isEqualTo("PT0S");
        assertThat(days.dueIn(10)).matches("PT\\d+S");
        long seconds = Long.parseLong(days.dueIn(10).replaceAll("\\D", ""));
        assertThat(seconds).isBetween(14L * 86_400, 30L * 86_400);
    }
}
