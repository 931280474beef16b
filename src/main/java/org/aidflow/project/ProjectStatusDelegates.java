package org.aidflow.project;

import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.StatusStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners aid-project calls as it reaches each stage, by bean name; each sets one status. */
@Configuration(proxyBeanMethods = false)
class ProjectStatusDelegates {

    @Bean StatusStep<ProjectStatus> rejectProject(ProjectManagement m) { return step(m, ProjectStatus.REJECTED); }
    @Bean StatusStep<ProjectStatus> withdrawProject(ProjectManagement m) { return step(m, ProjectStatus.WITHDRAWN); }
    @Bean StatusStep<ProjectStatus> startProjectCompletion(ProjectManagement m) { return step(m, ProjectStatus.COMPLETION_REVIEW); }
    @Bean StatusStep<ProjectStatus> closeProject(ProjectManagement m) { return step(m, ProjectStatus.CLOSED); }
    @Bean StatusStep<ProjectStatus> failProject(ProjectManagement m) { return step(m, ProjectStatus.FAILED); }

    private static StatusStep<ProjectStatus> step(ProjectManagement management, ProjectStatus status) {
        return new StatusStep<>(ProcessVariables.PROJECT_ID, status, management::changeStatus);
    }
}
