/**
 * Notifications to people: overdue tasks flagged by the process timers, delegations, reminders, new tasks and a
 * broken ledger; inside AidFlow, and through the transactional outbox on the channels each person chose (e-mail,
 * WeCom, DingTalk, Feishu), with an opt-in daily digest.
 */
package org.aidflow.notifications;
