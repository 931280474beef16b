package org.aidflow.notifications;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The sending loop: claims due outbox messages (a batch at a time, under a lease), hands each to its channel's
 * transport on a few worker threads, and records the outcome: SENT, or another attempt after an exponential
 * back-off, or FAILED after the last attempt (listed for administrators: GET /api/admin/outbox?status=FAILED).
 * It waits for a commit's wake-up or the poll interval between batches. A node that dies mid-batch leaves its
 * claimed rows to the next sender once their lease ends; the receiver drops the second copy by its delivery id.
 */
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** How the loop claims, retries and waits. */
    record Settings(int batch, int workers, Duration lease, Duration poll, int maxAttempts, Duration backoff) {
    }

    private final Outbox outbox;
    private final Map<Channel, Transport> transports;
    private final OutboxSignal signal;
    private final Settings settings;
    private final String node;
    private final MeterRegistry meters;
    private volatile boolean running;
    private volatile Thread loop;
    private ExecutorService workers;

    OutboxSender(Outbox outbox, List<Transport> transports, OutboxSignal signal, Settings settings, String node,
                 MeterRegistry meters) {
        this.outbox = outbox;
        this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, Function.identity()));
        this.signal = signal;
        this.settings = settings;
        this.node = node == null ? ManagementFactory.getRuntimeMXBean().getName() : node;
        this.meters = meters;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "outbox-worker");
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "outbox-sender");
        loop.setDaemon(true);
        loop.start();
    }

    /** Stops after the batch in hand (messages claimed and not yet sent go out again after their lease). */
    synchronized void stop() {
        running = false;
        Thread t = loop;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        loop = null;
    }

    boolean isRunning() {
        return running && loop != null && loop.isAlive();
    }

    private void run() {
        while (running) {
            try {
                List<OutboxMessage> batch = outbox.claim(node, settings.batch(), settings.lease());
                if (batch.isEmpty()) {
                    signal.await(settings.poll().toMillis());
                    continue;
                }
                List<Future<?>> pending = new ArrayList<>();
                for (OutboxMessage m : batch) {
                    pending.add(workers.submit(() -> deliver(m)));
                }
                for (Future<?> f : pending) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    // the node died mid-batch (what the crash test simulates): stop here, as a killed process would
                    running = false;
                    workers.shutdownNow();
                    log.warn("Outbox sender {} stopped mid-batch: {}", node, error.toString());
                    return;
                }
                log.warn("Outbox batch failed", e.getCause());
            } catch (RuntimeException e) {
                // the database away for a moment: try again after the poll interval
                log.warn("Outbox sender could not claim messages: {}", e.toString());
                try {
                    Thread.sleep(settings.poll().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void deliver(OutboxMessage m) {
        Transport transport = transports.get(m.channel());
        try {
            if (transport == null || !transport.enabled()) {
                throw new IllegalStateException("channel " + m.channel() + " is not configured");
            }
            transport.send(m);
        } catch (Exception e) {
            counter("aidflow.outbox.attempt.failures", m).increment();
            outbox.failed(m, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    settings.maxAttempts(), settings.backoff());
            if (m.attempts() + 1 >= settings.maxAttempts()) {
                counter("aidflow.outbox.failures", m).increment();
                log.warn("Outbox message {} to {} on {} failed for good after {} attempts: {}", m.id(), m.recipient(),
                        m.channel(), m.attempts() + 1, e.getMessage());
            }
            return;
        }
        Instant now = Instant.now();
        outbox.sent(m.id(), now);
        counter("aidflow.outbox.sent", m).increment();
        Timer.builder("aidflow.outbox.delivery.latency").description("From the commit of a message to its delivery")
                .tag("channel", m.channel().name()).publishPercentileHistogram().register(meters)
                .record(Duration.between(m.createdAt(), now));
    }

    private Counter counter(String name, OutboxMessage m) {
        return Counter.builder(name).tag("channel", m.channel().name()).register(meters);
    }
}
