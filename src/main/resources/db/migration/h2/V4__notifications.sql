-- Notifications for people: overdue tasks (from the process timers) and reminders.
CREATE TABLE notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    recipient_group  VARCHAR(64),
    recipient_user   VARCHAR(64),
    task_id          VARCHAR(64),
    task_key         VARCHAR(64),
    task_name        VARCHAR(200),
    business_key     VARCHAR(64),
    holder_group     VARCHAR(64),
    due_at           TIMESTAMP(3),
    created_by       VARCHAR(64),
    created_at       TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_notification_group ON notification (recipient_group, id);
CREATE INDEX ix_notification_user ON notification (recipient_user, id);
