package org.aidflow.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler, for the nightly ledger verification. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
