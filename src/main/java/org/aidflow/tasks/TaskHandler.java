package org.aidflow.tasks;

import java.util.Map;
import java.util.Set;

/**
 * What a feature does when one of its tasks is shown or completed. The form's own rules
 * (required, types, allowed values, lengths) are checked before a handler runs; the handler adds
 * the business rules and applies the outcome to its own records.
 */
public interface TaskHandler {

    /** The task ids (task definition keys) this handler serves. */
    Set<String> taskKeys();

    /** The data the form shows beside the fields, and the values to prefill them with. */
    Map<String, Object> data(TaskContext task);

    /**
     * Checks the submitted values against the business rules (throwing a 400/409 ApiException when
     * they fail) and applies them; returns the process variables the task completes with.
     */
    Map<String, Object> complete(TaskContext task, FormValues values);

    /**
     * The text the history keeps as the comment of a completion: the form's {@code comment} field, unless
     * the form names its free text otherwise (findings, a response).
     */
    default String comment(FormValues values) {
        return values.text("comment");
    }

    /** Keys a handler accepts beyond the form's fields (such as a structured list the form cannot hold). */
    default Set<String> extraFields() {
        return Set.of();
    }
}
