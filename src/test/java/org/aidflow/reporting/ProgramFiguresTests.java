package org.aidflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.aidflow.reporting.ReportQueries.EntryRow;
import org.aidflow.reporting.ReportQueries.ProjectRow;
import org.junit.jupiter.api.Test;

/**
 * How the in-memory figures catch up with the database: entries and project changes that become
 * visible late (a transaction that took its seq or its time early and committed after a later one)
 * are never lost, and settled entries are folded in for good. The database is a fake here.
 */
class ProgramFiguresTests {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final FakeDatabase db = new FakeDatabase();
    private final MovableClock clock = new MovableClock(T0);
    private final ProgramFigures figures = new ProgramFigures(db, clock);

    @Test
    void countsAnEntryThatCommitsAfterOneWithAHigherSeq() {
        db.project(1, "IN_PROGRESS", T0.minus(Duration.ofDays(30)));
        db.project(2, "IN_PROGRESS", T0.minus(Duration.ofDays(30)));
        db.entry(1, 1, "TRANSFER", 10_000, T0.minus(Duration.ofMinutes(20)));
        db.entry(3, 1, "RECEIPT", 10_000, T0.minus(Duration.ofMinutes(1)));
        assertThat(sums()).isEqualTo(Map.of(1L, List.of(10_000L, 10_000L, 0L), 2L, List.of(0L, 0L, 0L)));
        assertThat(figures.settledSeq()).isEqualTo(1);

        // seq 2 was taken before seq 3 but its transaction commits only now
        clock.move(Duration.ofMinutes(1));
        db.entry(2, 2, "TRANSFER", 5_000, T0.minus(Duration.ofMinutes(2)));
        assertThat(sums()).containsEntry(2L, List.of(5_000L, 0L, 0L));

        clock.move(Duration.ofMinutes(10));
        assertThat(sums()).isEqualTo(Map.of(1L, List.of(10_000L, 10_000L, 0L), 2L, List.of(5_000L, 0L, 0L)));
        assertThat(figures.settledSeq()).as("entries older than the settle time are folded in").isEqualTo(3);

        db.entry(5, 1, "SPEND", 700, clock.instant().minus(Duration.ofSeconds(10)));
        assertThat(sums()).containsEntry(1L, List.of(10_000L, 10_000L, 700L));
        db.entry(4, 2, "RECEIPT", 5_000, clock.instant().minus(Duration.ofSeconds(20)));
        clock.move(Duration.ofSeconds(30));
        assertThat(sums()).containsEntry(2L, List.of(5_000L, 5_000L, 0L));
        clock.move(Duration.ofMinutes(6));
        assertThat(sums()).isEqualTo(Map.of(1L, List.of(10_000L, 10_000L, 700L), 2L, List.of(5_000L, 5_000L, 0L)));
        assertThat(figures.settledSeq()).isEqualTo(5);
    }

    @Test
    void keepsAYoungEntryOutOfTheSettledSumsUntilEveryEntryBeforeItIsOldEnough() {
        db.project(1, "IN_PROGRESS", T0.minus(Duration.ofDays(1)));
        assertThat(sums()).containsEntry(1L, List.of(0L, 0L, 0L));
        db.entry(1, 1, "TRANSFER", 100, T0.minus(Duration.ofMinutes(10)));
        db.entry(2, 1, "RECEIPT", 100, T0.minus(Duration.ofMinutes(1)));
        db.entry(3, 1, "TRANSFER", 200, T0.minus(Duration.ofMinutes(9)));
        assertThat(sums()).containsEntry(1L, List.of(300L, 100L, 0L));
        assertThat(figures.settledSeq()).isEqualTo(1);
    }

    @Test
    void readsAgainProjectsChangedShortlyBeforeTheLastReport() {
        db.project(1, "APPROVED", T0.minus(Duration.ofDays(1)));
        db.project(3, "CLOSED", T0.minus(Duration.ofDays(1)));
        assertThat(statuses()).containsEntry(1L, "APPROVED");

        // changed a minute before the last report, but committed after it
        clock.move(Duration.ofSeconds(30));
        db.project(1, "IN_PROGRESS", T0.minus(Duration.ofMinutes(1)));
        db.project(2, "UNDER_REVIEW", T0.minus(Duration.ofSeconds(5)));
        assertThat(statuses()).isEqualTo(Map.of(1L, "IN_PROGRESS", 2L, "UNDER_REVIEW", 3L, "CLOSED"));
        assertThat(db.projectReads).as("all projects once, then only recent changes").isEqualTo(List.of(2, 2));
    }

    private Map<Long, List<Long>> sums() {
        Map<Long, List<Long>> sums = new HashMap<>();
        figures.visit((project, s) -> sums.put(project.id(), List.of(s[0], s[1], s[2])));
        return sums;
    }

    private Map<Long, String> statuses() {
        Map<Long, String> statuses = new HashMap<>();
        figures.visit((project, s) -> statuses.put(project.id(), project.status()));
        return statuses;
    }

    /** Answers the report's reads from lists: what is in them is what has committed. */
    private static final class FakeDatabase extends ReportQueries {

        private final Map<Long, ProjectRow> projects = new HashMap<>();
        private final Map<Long, Instant> updated = new HashMap<>();
        private final List<EntryRow> entries = new ArrayList<>();
        private final List<Integer> projectReads = new ArrayList<>();

        FakeDatabase() {
            super(null, null);
        }

        void project(long id, String status, Instant updatedAt) {
            projects.put(id, new ProjectRow(id, "BJ", "XJ-HT", "WORKER_LIBRARY", "SERVICE_FACILITY", "CULTURE", status, 100_00));
            updated.put(id, updatedAt);
        }

        void entry(long seq, long project, String type, long cents, Instant recordedAt) {
            entries.add(new EntryRow(seq, project, type, cents, recordedAt));
            entries.sort(Comparator.comparingLong(EntryRow::seq));
        }

        @Override
        void projectsChangedAfter(Instant after, Consumer<ProjectRow> consumer) {
            List<ProjectRow> changed = projects.values().stream()
                    .filter(p -> after == null || updated.get(p.id()).isAfter(after)).toList();
            projectReads.add(changed.size());
            changed.forEach(consumer);
        }

        @Override
        long lastSeqWrittenBefore(Instant before) {
            return entries.stream().filter(e -> e.recordedAt().isBefore(before)).mapToLong(EntryRow::seq).max().orElse(0);
        }

        @Override
        void sumsUpTo(long seq, SumConsumer consumer) {
            entries.stream().filter(e -> e.seq() <= seq)
                    .forEach(e -> consumer.accept(e.projectId(), e.type(), e.amountCents()));
        }

        @Override
        List<EntryRow> entriesAfter(long seq) {
            return entries.stream().filter(e -> e.seq() > seq).toList();
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
