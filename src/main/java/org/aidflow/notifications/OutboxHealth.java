package org.aidflow.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The outbox's part of /actuator/health ("outbox"): its backlog, its failures and how long the oldest message
 * has waited. DOWN when the oldest pending message has waited longer than aidflow.outbox.health.max-age-seconds
 * (the sender is stuck or every receiver is away); failures for good are reported, not DOWN (an administrator
 * looks at them in GET /api/admin/outbox?status=FAILED).
 */
@Component("outboxHealthIndicator")
class OutboxHealth extends AbstractHealthIndicator {

    private final Outbox outbox;
    private final long maxAge;

    OutboxHealth(Outbox outbox, @Value("${aidflow.outbox.health.max-age-seconds:900}") long maxAge) {
        super("Outbox check failed");
        this.outbox = outbox;
        this.maxAge = maxAge;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        double oldest = outbox.oldestPendingSeconds();
        (oldest > maxAge ? builder.down() : builder.up())
                .withDetail("pending", outbox.count(Outbox.PENDING))
                .withDetail("failed", outbox.count(Outbox.FAILED))
                .withDetail("oldestPendingSeconds", oldest)
                .withDetail("channels", outbox.enabled());
    }
}
