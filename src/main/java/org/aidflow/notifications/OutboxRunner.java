package org.aidflow.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs this node's {@link OutboxSender} with the application (aidflow.outbox.*), and publishes the outbox's backlog
 * and failures as gauges. Without any channel configured there is nothing to send, and no loop runs.
 */
@Component
class OutboxRunner implements SmartLifecycle {

    private final OutboxSender sender;
    private final Outbox outbox;
    private final boolean enabled;

    OutboxRunner(Outbox outbox, List<Transport> transports, OutboxSignal signal, MeterRegistry meters,
                 @Value("${aidflow.outbox.enabled:true}") boolean enabled,
                 @Value("${aidflow.outbox.batch:50}") int batch,
                 @Value("${aidflow.outbox.workers:4}") int workers,
                 @Value("${aidflow.outbox.lease-ms:60000}") long lease,
                 @Value("${aidflow.outbox.poll-ms:2000}") long poll,
                 @Value("${aidflow.outbox.max-attempts:6}") int maxAttempts,
                 @Value("${aidflow.outbox.backoff-ms:5000}") long backoff,
                 @Value("${camunda.bpm.generic-properties.properties.hostname:#{null}}") String node) {
        this.outbox = outbox;
        this.enabled = enabled;
        this.sender = new OutboxSender(outbox, transports, signal, new OutboxSender.Settings(batch, workers,
                Duration.ofMillis(lease), Duration.ofMillis(poll), maxAttempts, Duration.ofMillis(backoff)), node, meters);
        Gauge.builder("aidflow.outbox.backlog", () -> outbox.count(Outbox.PENDING))
                .description("Outbox messages waiting to be delivered").register(meters);
        Gauge.builder("aidflow.outbox.failed.messages", () -> outbox.count(Outbox.FAILED))
                .description("Outbox messages that failed for good").register(meters);
        Gauge.builder("aidflow.outbox.oldest.pending.seconds", outbox::oldestPendingSeconds)
                .description("Age of the oldest outbox message waiting").register(meters);
    }

    OutboxSender sender() {
        return sender;
    }

    @Override
    public void start() {
        if (enabled && !outbox.enabled().isEmpty()) {
            sender.start();
        }
    }

    @Override
    public void stop() {
        sender.stop();
    }

    @Override
    public boolean isRunning() {
        return sender.isRunning();
    }
}
