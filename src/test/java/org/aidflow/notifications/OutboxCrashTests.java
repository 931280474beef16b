package org.aidflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A node dies in the middle of a batch (its sending loop stops after it handed a message to the receiver and
 * before it could mark it sent, other messages of the batch claimed and not yet sent); another sender (the
 * restarted node, or a second one) takes the claimed rows once their lease ends. Every message reaches the
 * deduplicating receiver exactly once, and at least one came twice (which is what the delivery id is for).
 */
class OutboxCrashTests extends ChannelScenarios {

    private static final int MESSAGES = 60;
    private static final int DIE_AFTER = 23;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRunner runner;

    @Autowired
    OutboxSignal signal;

    @Autowired
    List<Transport> transports;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() {
        ROBOTS.reset();
        runner.sender().stop();
        OutboxSender a = null;
        OutboxSender b = null;
        try {
            choose("bj.auditor", null, null, List.of("WECOM"), null, "zh");
            int messages = 200;
            transaction.executeWithoutResult(s -> {
                for (int i = 0; i < messages; i++) {
                    outbox.enqueue(new Notice(TaskNotices.REMINDER, "twice-" + i, "k", "任务 " + i, "TW-" + i, null, null, null),
                            List.of("bj.auditor"), List.of());
                }
            });
            Transport wecom = transports.stream().filter(t -> t.channel() == Channel.WECOM).findFirst().orElseThrow();
            // a long lease: nothing may be taken twice because a lease ran out, only because two nodes raced for it
            OutboxSender.Settings settings = new OutboxSender.Settings(10, 4, Duration.ofMinutes(5), Duration.ofMillis(20), 3,
                    Duration.ofMillis(20));
            a = new OutboxSender(outbox, List.of(wecom), signal, settings, "node-a", new SimpleMeterRegistry());
            b = new OutboxSender(outbox, List.of(wecom), signal, settings, "node-b", new SimpleMeterRegistry());
            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows("link LIKE ? AND status = 'SENT'", "%/twice-%") == messages);
            List<RobotReceiver.Request> received = ROBOTS.requests("/wecom").stream().filter(r -> r.body().contains("/twice-")).toList();
            assertThat(received).as("each message sent once").hasSize(messages);
            assertThat(ROBOTS.duplicates()).isZero();
        } finally {
            if (a != null) {
                a.stop();
            }
            if (b != null) {
                b.stop();
            }
            runner.sender().start();
        }
    }

    /** The node dies right after the receiver took a message: delivered, not marked. */
    static final class Killed extends Error {
        Killed() {
            super("node killed mid-batch");
        }
    }

    @Test
    void aSenderKilledMidBatchThenRestartedDeliversEveryMessageExactlyOnce() {
        ROBOTS.reset();
        runner.sender().stop();
        try {
            choose("bj.auditor", null, null, List.of("WECOM"), null, "zh");
            transaction.executeWithoutResult(s -> {
                for (int i = 0; i < MESSAGES; i++) {
                    outbox.enqueue(new Notice(TaskNotices.REMINDER, "crash-" + i, "k", "任务 " + i, "CR-" + i, null, null, null),
                            List.of("bj.auditor"), List.of());
                }
            });
            assertThat(outboxRows("link LIKE ? AND status = 'PENDING'", "%/crash-%")).isEqualTo(MESSAGES);

            AtomicInteger sent = new AtomicInteger();
            Transport wecom = transports.stream().filter(t -> t.channel() == Channel.WECOM).findFirst().orElseThrow();
            Transport dying = new Transport() {
                @Override
                public Channel channel() {
                    return Channel.WECOM;
                }

                @Override
                public boolean enabled() {
                    return true;
                }

                @Override
                public void send(OutboxMessage message) throws Exception {
                    wecom.send(message);
                    if (sent.incrementAndGet() == DIE_AFTER) {
                        throw new Killed();
                    }
                }
            };
            OutboxSender first = new OutboxSender(outbox, List.of(dying), signal, new OutboxSender.Settings(10, 4,
                    Duration.ofMillis(500), Duration.ofMillis(50), 3, Duration.ofMillis(20)), "node-dies", new SimpleMeterRegistry());
            first.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> !first.isRunning());
            long sentBeforeDeath = outboxRows("link LIKE ? AND status = 'SENT'", "%/crash-%");
            assertThat(sentBeforeDeath).as("died mid-way").isLessThan(MESSAGES);
            assertThat(outboxRows("link LIKE ? AND claimed_by LIKE 'node-dies#%'", "%/crash-%")).as("left claimed").isPositive();

            OutboxSender restarted = new OutboxSender(outbox, List.of(wecom), signal, new OutboxSender.Settings(10, 4,
                    Duration.ofMillis(500), Duration.ofMillis(50), 3, Duration.ofMillis(20)), "node-restarted", new SimpleMeterRegistry());
            restarted.start();
            try {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> outboxRows("link LIKE ? AND status = 'SENT'", "%/crash-%") == MESSAGES);
            } finally {
                restarted.stop();
            }
            long crashIds = ROBOTS.requests("/wecom").stream().filter(r -> r.body().contains("/crash-"))
                    .map(RobotReceiver.Request::deliveryId).distinct().count();
            assertThat(crashIds).as("every message delivered").isEqualTo(MESSAGES);
            assertThat(ROBOTS.delivered()).hasSize(MESSAGES);
            assertThat(ROBOTS.duplicates()).as("the message in hand when the node died came again, and was dropped")
                    .isGreaterThanOrEqualTo(1);
            System.out.printf("Outbox crash: %d messages, node died after %d sends (%d marked sent), %d duplicates dropped "
                    + "by the receiver, every message once%n", MESSAGES, DIE_AFTER, sentBeforeDeath, ROBOTS.duplicates());
        } finally {
            runner.sender().start();
        }
    }
}
