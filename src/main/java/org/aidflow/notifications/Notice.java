package org.aidflow.notifications;

import java.util.Date;

/** What a notification says, as the outbox renders it for each channel. */
record Notice(String kind, String taskId, String taskKey, String taskName, String businessKey, Date dueAt,
              String createdBy, String message) {
}
