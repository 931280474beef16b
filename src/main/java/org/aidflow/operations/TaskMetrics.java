package org.aidflow.operations;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts completed tasks per task key ({@code aidflow.tasks.completed}) and times them from creation to completion
 * ({@code aidflow.tasks.completion.latency}), from the engine's task events (camunda.bpm.eventing.task).
 */
@Component
class TaskMetrics {

    private final MeterRegistry meters;

    TaskMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String key = task.getTaskDefinitionKey() == null ? "standalone" : task.getTaskDefinitionKey();
        Counter.builder("aidflow.tasks.completed").description("Tasks completed").tag("taskKey", key)
                .register(meters).increment();
        if (task.getCreateTime() != null) {
            Timer.builder("aidflow.tasks.completion.latency").description("From a task's creation to its completion")
                    .tag("taskKey", key).register(meters)
                    .record(Duration.between(task.getCreateTime().toInstant(), Instant.now()));
        }
    }
}
