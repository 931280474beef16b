package org.aidflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ScheduledRunsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NIGHTLY = "0 30 2 * * *";

    @Test
    void givesNodesThatFireAFewMillisecondsApartTheSameSlot() {
        Instant night = Instant.parse("2026-11-30T18:30:00Z"); // 02:30 in Beijing
        assertThat(ScheduledRuns.slot(NIGHTLY, SHANGHAI, night.plusMillis(3))).isEqualTo(night);
        assertThat(ScheduledRuns.slot(NIGHTLY, SHANGHAI, night.plusSeconds(2))).isEqualTo(night);
        // a node whose clock runs a little behind fires "before" the time: still that night's run
        assertThat(ScheduledRuns.slot(NIGHTLY, SHANGHAI, night.minusMillis(800))).isEqualTo(night);
    }

    @Test
    void givesTheNextNightItsOwnSlot() {
        Instant night = Instant.parse("2026-11-30T18:30:00Z");
        assertThat(ScheduledRuns.slot(NIGHTLY, SHANGHAI, night.plusSeconds(86_400 + 1))).isEqualTo(night.plusSeconds(86_400));
        assertThat(ScheduledRuns.slot("0 * * * * *", SHANGHAI, Instant.parse("2026-12-01T06:00:00.020Z")))
                .isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
    }
}
