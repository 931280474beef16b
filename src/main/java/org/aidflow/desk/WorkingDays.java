package org.aidflow.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Working days on the calendar of Chinese public holidays and make-up working days (调休) as the State Council
 * publishes them each year: one JSON file a year, {@code calendar/{year}.json} in the application, which a file of
 * the same name in {@code aidflow.calendar.dir} overrides (an administrator adds next year's there). A year without
 * a file counts Monday to Friday. Processes set due dates with it ({@code camunda:dueDate="${workingDays.due(10)}"}).
 */
@Component("workingDays")
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
    static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");

    /** One year's published calendar. */
    public record Year(int year, String source, List<Holiday> holidays, List<Workday> workdays) {

        boolean isHoliday(LocalDate day) {
            return holidays.stream().anyMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to()));
        }

        boolean isWorkday(LocalDate day) {
            return workdays.stream().anyMatch(w -> w.date().equals(day));
        }
    }

    public record Holiday(String name, String nameEn, LocalDate from, LocalDate to) {
    }

    public record Workday(LocalDate date, String name) {
    }

    private final ObjectMapper json;
    private final String directory;
    private final Map<Integer, Optional<Year>> years = new ConcurrentHashMap<>();

    public WorkingDays(ObjectMapper json, @Value("${aidflow.calendar.dir:}") String directory) {
        this.json = json;
        this.directory = directory;
    }

    /** The published calendar of a year, from the administrator's directory first, else the application's own. */
    public Optional<Year> year(int year) {
        return years.computeIfAbsent(year, this::read);
    }

    /** Forgets the years read, so that an edited file counts from now on. */
    public void reload() {
        years.clear();
    }

    private Optional<Year> read(int year) {
        String name = year + ".json";
        try {
            if (directory != null && !directory.isBlank()) {
                Path file = Path.of(directory, name);
                if (Files.isRegularFile(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        return Optional.of(json.readValue(in, Year.class));
                    }
                }
            }
            try (InputStream in = WorkingDays.class.getResourceAsStream("/calendar/" + name)) {
                if (in != null) {
                    return Optional.of(json.readValue(in, Year.class));
                }
            }
        } catch (IOException e) {
            log.error("The holiday calendar {} cannot be read; counting Monday to Friday that year", name, e);
            return Optional.empty();
        }
        if (year >= LocalDate.now(PROGRAM_TIME).getYear()) {
            log.warn("No holiday calendar for {}; counting Monday to Friday (add {} to aidflow.calendar.dir)", year, name);
        } else {
            log.debug("No holiday calendar for {}; counting Monday to Friday", year);
        }
        return Optional.empty();
    }

    public boolean isWorkingDay(LocalDate day) {
        Optional<Year> calendar = year(day.getYear());
        if (calendar.isPresent()) {
            if (calendar.get().isWorkday(day)) {
                return true;
            }
            if (calendar.get().isHoliday(day)) {
                return false;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after (or, negative, before) the given one. */
    public LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The instant {@code days} working days after (or before) the given one, at the same Beijing time of day. */
    public Date plus(Date from, int days) {
        ZonedDateTime at = from.toInstant().atZone(PROGRAM_TIME);
        return Date.from(at.with(plus(at.toLocalDate(), days)).toInstant());
    }

    /** A due date {@code days} working days from now (the engine's clock). */
    public Date due(int days) {
        return plus(ClockUtil.getCurrentTime(), days);
    }

    /**
     * The time from now (the engine's clock) to {@code days} working days from now, as an ISO-8601 duration
     * ({@code PT1036800S}): the processes' user tasks take it as their due date and as their overdue timer's
     * duration ({@code camunda:dueDate="${workingDays.dueIn(10)}"}), so that both fall on the same instant.
     */
    public String dueIn(int days) {
        Date now = ClockUtil.getCurrentTime();
        return "PT" + Math.max(0, (plus(now, days).getTime() - now.getTime()) / 1000) + "S";
    }
}
