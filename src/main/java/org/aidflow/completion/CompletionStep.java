package org.aidflow.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One completed completion task. {@code note} is its free text (summary, findings, response, comment);
 * {@code amount} the actual spending reported or corrected, the refund or the refund received.
 */
record CompletionStep(long id, String taskKey, String taskId, String actor, String decision, String note,
                      BigDecimal amount, Integer beneficiaries, Integer performanceScore, String bankReference,
                      LocalDate doneOn, Instant at) {
}
