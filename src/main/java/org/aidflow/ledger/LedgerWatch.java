package org.aidflow.ledger;

import java.time.Instant;
import java.time.ZoneId;

import org.aidflow.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole fund ledger every night (02:30 Beijing time unless aidflow.ledger.verify-cron says
 * otherwise; "-" turns it off), as the system, so that the auditors' page always shows a recent check and
 * a broken chain reaches the national federation's auditors as a notification the next morning.
 * Several nodes on one database each fire at that time; {@link ScheduledRuns} lets one of them run.
 */
@Component
class LedgerWatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerWatch.class);

    static final String JOB = "ledger-verify";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LedgerVerifications verifications;
    private final ScheduledRuns runs;
    private final String cron;

    LedgerWatch(LedgerVerifications verifications, ScheduledRuns runs,
                @Value("${aidflow.ledger.verify-cron:0 30 2 * * *}") String cron) {
        this.verifications = verifications;
        this.runs = runs;
        this.cron = cron;
    }

    @Scheduled(cron = "${aidflow.ledger.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        Instant slot = ScheduledRuns.slot("-".equals(cron) ? "0 30 2 * * *" : cron, ZONE, Instant.now());
        if (!runs.claim(JOB, slot)) {
            log.info("Nightly ledger verification of {} skipped: another node runs it", slot);
            return;
        }
        if (verifications.isRunning()) {
            log.info("Nightly ledger verification skipped: one is already running");
            return;
        }
        LedgerVerifications.Check check = verifications.run(AuditTrail.SYSTEM, null);
        if (check.ok()) {
            log.info("Nightly ledger verification: {} entries over {} projects intact ({} ms)", check.entries(),
                    check.projects(), check.millis());
        } else {
            log.error("Nightly ledger verification: chain broken from entry {} (project {})", check.firstBadSeq(),
                    check.firstBadProjectId());
        }
    }
}
