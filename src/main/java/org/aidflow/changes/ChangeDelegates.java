package org.aidflow.changes;

import org.aidflow.tasks.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of aid-project-change: the approved change takes effect, or the refused one is closed. */
@Configuration
class ChangeDelegates {

    @Bean
    JavaDelegate applyProjectChange(ChangeManagement management, EngineUser engineUser) {
        return (DelegateExecution execution) -> management.apply(changeId(execution), engineUser.current(),
                execution.getCurrentActivityId(), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate rejectProjectChange(ChangeManagement management, EngineUser engineUser) {
        return (DelegateExecution execution) -> management.reject(changeId(execution), engineUser.current(),
                execution.getProcessInstanceId());
    }

    private static long changeId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ChangeProcess.CHANGE_ID)).longValue();
    }
}
