package org.aidflow.project;

import org.aidflow.tasks.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The listeners aid-project calls as it reaches each stage; each sets one status. */
final class ProjectStatusDelegates {

    private ProjectStatusDelegates() {
    }

    abstract static class SetStatus implements JavaDelegate {

        private final ProjectManagement management;
        private final ProjectStatus status;

        SetStatus(ProjectManagement management, ProjectStatus status) {
            this.management = management;
            this.status = status;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Number id = (Number) execution.getVariable(ProcessVariables.PROJECT_ID);
            management.changeStatus(id.longValue(), status);
        }
    }

    @Component("rejectProject")
    static class Reject extends SetStatus {
        Reject(ProjectManagement management) {
            super(management, ProjectStatus.REJECTED);
        }
    }

    @Component("withdrawProject")
    static class Withdraw extends SetStatus {
        Withdraw(ProjectManagement management) {
            super(management, ProjectStatus.WITHDRAWN);
        }
    }

    @Component("startProjectCompletion")
    static class StartCompletion extends SetStatus {
        StartCompletion(ProjectManagement management) {
            super(management, ProjectStatus.COMPLETION_REVIEW);
        }
    }

    @Component("closeProject")
    static class Close extends SetStatus {
        Close(ProjectManagement management) {
            super(management, ProjectStatus.CLOSED);
        }
    }

    @Component("failProject")
    static class Fail extends SetStatus {
        Fail(ProjectManagement management) {
            super(management, ProjectStatus.FAILED);
        }
    }
}
