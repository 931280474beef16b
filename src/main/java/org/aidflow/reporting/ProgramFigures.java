package org.aidflow.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.aidflow.reporting.ReportQueries.EntryRow;
import org.aidflow.reporting.ReportQueries.ProjectRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every project's report facts and ledger sums, held in memory and brought up to date from the
 * database at the start of every report, so that a report costs a pass over memory instead of a
 * join of all projects with all ledger entries (about 2 s at 165,000 projects and a million
 * entries, on H2 and MariaDB alike). It reads only; the ledger and its write path are untouched.
 *
 * <p>Catching up relies on two orders the database already keeps: the ledger is append-only with a
 * growing {@code seq}, and every change to a project sets its {@code updated_at}. Neither order is
 * the commit order: an entry can become visible after one with a higher seq. So entries are folded
 * into the sums for good only once they were written {@link #SETTLE} ago and every entry before
 * them was folded too; younger entries are summed afresh from the database on every report, and
 * projects changed within {@link #SETTLE} before the last catch-up are read again. That is exact as
 * long as no transaction that writes a project or a ledger entry stays open longer than
 * {@link #SETTLE} (they are single requests; MySQL gives up waiting for a lock after 50 s).
 */
@Component
class ProgramFigures {

    static final Duration SETTLE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ProgramFigures.class);

    /** Indexes into the per-project sums. */
    static final int TRANSFERRED = 0;
    static final int RECEIVED = 1;
    static final int SPENT = 2;

    private final ReportQueries queries;
    private final Clock clock;

    private final Map<Long, ProjectRow> projects = new HashMap<>();
    /** Cents per project and summed entry type, of the entries up to {@link #settledSeq}. */
    private final Map<Long, long[]> settled = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private boolean loaded;
    private long settledSeq;
    private Instant projectsReadAt;

    @Autowired
    ProgramFigures(ReportQueries queries) {
        this(queries, Clock.systemUTC());
    }

    ProgramFigures(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Loads the model in the background once the app is up, so that the first report does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread loader = new Thread(() -> {
            try {
                visit((project, sums) -> { });
            } catch (RuntimeException e) {
                log.warn("Could not load the report figures in advance; the first report will", e);
            }
        }, "report-figures-warm-up");
        loader.setDaemon(true);
        loader.start();
    }

    /** A project as of now, with its sums in cents (transferred, received, spent). */
    interface Visitor {
        void visit(ProjectRow project, long[] sums);
    }

    /** Catches up with the database, then shows the visitor every project, one report at a time. */
    synchronized void visit(Visitor visitor) {
        Map<Long, long[]> young = catchUp();
        long[] none = new long[3];
        for (ProjectRow p : projects.values()) {
            long[] sums = settled.getOrDefault(p.id(), none);
            long[] recent = young.get(p.id());
            if (recent != null) {
                sums = new long[] {Math.addExact(sums[0], recent[0]), Math.addExact(sums[1], recent[1]),
                        Math.addExact(sums[2], recent[2])};
            }
            visitor.visit(p, sums);
        }
    }

    /** Loads everything the first time; afterwards reads what changed. Returns the sums of the unsettled entries. */
    private Map<Long, long[]> catchUp() {
        Instant now = clock.instant();
        Instant settleBefore = now.minus(SETTLE);
        if (!loaded) {
            projects.clear();
            settled.clear();
            queries.projectsChangedAfter(null, this::keep);
            settledSeq = queries.lastSeqWrittenBefore(settleBefore);
            queries.sumsUpTo(settledSeq, (project, type, cents) -> add(settled, project, type, cents));
            loaded = true;
        } else {
            queries.projectsChangedAfter(projectsReadAt.minus(SETTLE), this::keep);
        }
        projectsReadAt = now;

        Map<Long, long[]> young = new HashMap<>();
        boolean folding = true;
        for (EntryRow e : queries.entriesAfter(settledSeq)) {
            folding = folding && e.recordedAt().isBefore(settleBefore);
            if (folding) {
                add(settled, e.projectId(), e.type(), e.amountCents());
                settledSeq = e.seq();
            } else {
                add(young, e.projectId(), e.type(), e.amountCents());
            }
        }
        return young;
    }

    private void keep(ProjectRow p) {
        projects.put(p.id(), new ProjectRow(p.id(), same(p.donor()), same(p.recipient()), same(p.type()),
                same(p.typeGroup()), same(p.focusAreas()), same(p.status()), p.budgetCents()));
    }

    private static void add(Map<Long, long[]> sums, long project, String type, long cents) {
        long[] s = sums.computeIfAbsent(project, k -> new long[3]);
        int i = ReportQueries.SUMMED.indexOf(type);
        s[i] = Math.addExact(s[i], cents);
    }

    /** Codes repeat across 165,000 projects; one string each keeps the model small. */
    private String same(String s) {
        return s == null ? null : canonical.computeIfAbsent(s, k -> k);
    }

    /** For tests of the catch-up: what is folded for good. */
    synchronized long settledSeq() {
        return settledSeq;
    }
}
