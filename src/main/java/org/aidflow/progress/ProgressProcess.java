package org.aidflow.progress;

import java.util.Map;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.project.ProjectFunded;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.Projects;
import org.aidflow.tasks.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * aid-progress-report: started with the first transfer (in its transaction), a report every
 * {@code aidflow.progress.interval} (a quarter) while the project runs; a report 15 days late is offered to the
 * region's leader as well.
 */
@Configuration
class ProgressProcess {

    static final String KEY = "aid-progress-report";
    static final String TASK = "fileProgressReport";

    private final RuntimeService runtime;
    private final String interval;

    ProgressProcess(RuntimeService runtime, @Value("${aidflow.progress.interval:P3M}") String interval) {
        this.runtime = runtime;
        this.interval = interval;
    }

    @EventListener
    void funded(ProjectFunded funded) {
        runtime.startProcessInstanceByKey(KEY, funded.projectCode(), Map.of(
                ProcessVariables.PROJECT_ID, funded.projectId(),
                ProcessVariables.AGREEMENT_ID, funded.agreementId(),
                ProcessVariables.DONOR_UNION, funded.donorUnion(),
                ProcessVariables.RECIPIENT_UNION, funded.recipientUnion(),
                "regionUnion", funded.regionUnion(),
                "progressInterval", interval));
    }

    @Bean
    JavaDelegate checkProjectRunning(Projects projects) {
        return (DelegateExecution execution) -> execution.setVariable("projectRunning",
                projects.find(((Number) execution.getVariable(ProcessVariables.PROJECT_ID)).longValue())
                        .map(p -> p.status() == ProjectStatus.IN_PROGRESS).orElse(false));
    }

    @Bean
    JavaDelegate escalateProgressReport(TaskService tasks, AuditTrail audit) {
        return (DelegateExecution execution) -> {
            String group = execution.getVariable("regionUnion") + ":leader";
            for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK).list()) {
                tasks.addCandidateGroup(task.getId(), group);
            }
            long projectId = ((Number) execution.getVariable(ProcessVariables.PROJECT_ID)).longValue();
            audit.record(AuditRecord.of(AuditTrail.Subject.PROJECT, projectId, "PROGRESS_REPORT_ESCALATED", AuditTrail.SYSTEM)
                    .inProcess(execution.getProcessInstanceId()).withDetails("{\"offeredTo\":\"" + group + "\"}"));
        };
    }
}
