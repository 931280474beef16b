package org.aidflow.tasks;

import java.time.Instant;

/** The reminders sent so far, kept by whoever keeps their notices; read to allow one an hour per task and person. */
public interface ReminderLog {

    /** Has this person sent a reminder about this task since then? */
    boolean remindedSince(String taskId, String username, Instant since);
}
