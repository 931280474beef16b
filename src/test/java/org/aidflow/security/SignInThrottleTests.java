package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The back-off's arithmetic, on a clock the test moves. */
class SignInThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 5, 100, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void givesFiveFreeTriesThenDoublesTheWaitUpToTheCap() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.0.0.9");
            assertThat(throttle.waitFor("admin", "10.0.0.9")).isZero();
        }
        throttle.failed("admin", "10.0.0.9");
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("admin", "10.0.0.9");
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void neverStopsTheSameUserFromAnotherAddress() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("admin", "203.0.113.7");
        }
        assertThat(throttle.waitFor("admin", "203.0.113.7")).isPositive();
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isZero();
    }

    @Test
    void slowsDownAnAddressThatTriesManyUsers() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.waitFor("someone.else", "203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("someone.else", "10.0.0.9")).isZero();
    }

    @Test
    void forgetsAfterAQuietWindowAndOnTheRightPassword() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isPositive();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isZero();
        throttle.failed("admin", "10.0.0.9");
        assertThat(throttle.waitFor("admin", "10.0.0.9")).as("counting starts afresh").isZero();
        for (int i = 0; i < 8; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        clock.advance(Duration.ofMinutes(5));
        throttle.succeeded("admin", "10.0.0.9");
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isZero();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
