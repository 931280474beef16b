package org.aidflow.tasks;

/**
 * {@code by} sent a case back from step {@code from} to step {@code to} of its process instance (退回), or the case
 * came straight back from {@code from} to the returner's step {@code to} ({@code resumed}); published inside the
 * transaction of the move, so that features put their own records back to where the step expects them.
 */
public record TaskReturned(String processInstanceId, Long projectId, Long agreementId, String from, String to, String by,
                           boolean resumed) {
}
