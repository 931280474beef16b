/** Notifications to people: overdue tasks flagged by the process timers, delegations and reminders. */
package org.aidflow.notifications;
