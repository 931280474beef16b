package org.aidflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.aidflow.ApiTests;
import org.aidflow.tasks.ReminderLog;
import org.aidflow.tasks.TaskDelegated;
import org.aidflow.tasks.TaskReminded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The notices of delegations and reminders are written in the transaction that publishes the fact, and go with it. */
class TaskNoticesTests extends ApiTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ReminderLog reminders;

    @Test
    void writesNoNoticeWhenTheActionRollsBack() {
        Instant before = Instant.now().minusSeconds(1);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new TaskDelegated("rolled-back-1", "reviewAgreement", "审查协议", "RB-1", null,
                    "zj.leader", "zj.proposer", "ZJ:proposer", null));
            events.publishEvent(new TaskReminded("rolled-back-1", "reviewAgreement", "审查协议", "RB-1", null,
                    "zj.proposer", null, List.of("ZJ:leader", "ZJ:finance"), "请审查"));
            assertThat(notices("rolled-back-1")).as("written in the action's transaction").isEqualTo(3);
            assertThat(reminders.remindedSince("rolled-back-1", "zj.proposer", before)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(notices("rolled-back-1")).isZero();
        assertThat(reminders.remindedSince("rolled-back-1", "zj.proposer", before)).isFalse();
    }

    private long notices(String taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE task_id = ?").param(taskId).query(Long.class).single();
    }
}
