package org.aidflow.ledger;

import org.aidflow.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole fund ledger every night (02:30 Beijing time unless aidflow.ledger.verify-cron says
 * otherwise; "-" turns it off), as the system, so that the auditors' page always shows a recent check and
 * a broken chain reaches the national federation's auditors as a notification the next morning.
 */
@Component
class LedgerWatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerWatch.class);

    private final LedgerVerifications verifications;

    LedgerWatch(LedgerVerifications verifications) {
        this.verifications = verifications;
    }

    @Scheduled(cron = "${aidflow.ledger.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
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
