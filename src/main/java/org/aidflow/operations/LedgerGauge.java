package org.aidflow.operations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The result of the latest ledger verification ({@code aidflow.ledger.verification.ok}: 1 intact, 0 broken, -1 never
 * run) and its age in seconds, read from its log (table ledger_verification) at every scrape.
 */
@Component
class LedgerGauge {

    LedgerGauge(JdbcClient jdbc, MeterRegistry meters) {
        Gauge.builder("aidflow.ledger.verification.ok", () -> jdbc
                        .sql("SELECT ok FROM ledger_verification ORDER BY id DESC LIMIT 1").query(Boolean.class).optional()
                        .map(ok -> ok ? 1 : 0).orElse(-1))
                .description("Latest ledger verification: 1 intact, 0 broken, -1 never run").register(meters);
        Gauge.builder("aidflow.ledger.verification.age.seconds", () -> jdbc
                        .sql("SELECT checked_at FROM ledger_verification ORDER BY id DESC LIMIT 1")
                        .query(java.sql.Timestamp.class).optional()
                        .map(t -> (System.currentTimeMillis() - t.getTime()) / 1000.0).orElse(-1.0))
                .description("Seconds since the latest ledger verification, -1 never run").register(meters);
    }
}
