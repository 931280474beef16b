/** Notifications to people: overdue tasks flagged by the process timers, and reminders. */
package org.aidflow.notifications;
