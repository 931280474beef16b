package org.aidflow.ledger;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Claims one run of a scheduled job for this node: every node's scheduler fires at the same cron
 * time, and the primary key (job, slot) lets exactly one of them insert the row and run. The claim
 * commits on its own, before the work, so a node that dies mid-run leaves that slot claimed (the
 * next slot runs as usual) rather than letting a second node run it half-way again.
 */
@Component
class ScheduledRuns {

    /** Clocks of nodes may differ by this much (a fire this early still counts as its slot), so crons fire at most once a minute. */
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofDays(32),
            Duration.ofDays(367));

    private final JdbcClient jdbc;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ScheduledRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this node is the first to claim the job's run at slot; false when another node has it. */
    boolean claim(String job, Instant slot) {
        try {
            jdbc.sql("INSERT INTO scheduled_run (job, slot, node, claimed_at) VALUES (?, ?, ?, ?)")
                    .params(job, Timestamp.from(slot), node, Timestamp.from(Instant.now())).update();
            return true;
        } catch (DuplicateKeyException claimedByAnotherNode) {
            return false;
        }
    }

    /**
     * The cron time a fire at now belongs to: the latest time the expression names at or before now
     * (allowing for {@link #SKEW}), the same on every node whatever milliseconds each fired at.
     */
    static Instant slot(String cron, ZoneId zone, Instant now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime latest = ZonedDateTime.ofInstant(now.plus(SKEW), zone);
        for (Duration back : LOOK_BACK) {
            ZonedDateTime t = expression.next(ZonedDateTime.ofInstant(now.minus(back), zone));
            if (t != null && !t.isAfter(latest)) {
                for (ZonedDateTime n = expression.next(t); n != null && !n.isAfter(latest); n = expression.next(n)) {
                    t = n;
                }
                return t.toInstant();
            }
        }
        return now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
