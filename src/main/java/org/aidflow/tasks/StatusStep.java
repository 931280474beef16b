package org.aidflow.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A process step that moves its subject to one status as the process reaches a stage: the
 * subject's id is read from a process variable and the feature's own service makes the change.
 */
public final class StatusStep<S> implements JavaDelegate {

    /** The feature's service method that changes a subject's status (and records it). */
    public interface Change<S> {
        void to(long id, S status);
    }

    private final String idVariable;
    private final S status;
    private final Change<S> change;

    public StatusStep(String idVariable, S status, Change<S> change) {
        this.idVariable = idVariable;
        this.status = status;
        this.change = change;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number id = (Number) execution.getVariable(idVariable);
        change.to(id.longValue(), status);
    }
}
