package org.aidflow.completion;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.TaskContext;

/**
 * Rules other features add to the completion forms (performance targets: their actual values in the
 * report, planned vs actual at the inspection, the computed score at the audit). Implemented there, so
 * that completion need not know performance targets.
 */
public interface CompletionRules {

    /** Keys the completion task accepts beyond its form's fields. */
    Set<String> extraFields(String taskKey);

    /** What the form shows beside its own data. */
    Map<String, Object> data(TaskContext task);

    /** The report (or its correction) was submitted: check and store what the rule owns; 400 when it fails. */
    void reported(TaskContext task, FormValues values);

    /** The auditor submits a score: refuse (400) a score the rule does not accept, and keep what it owns. */
    void audited(TaskContext task, FormValues values, BigDecimal performanceScore);
}
