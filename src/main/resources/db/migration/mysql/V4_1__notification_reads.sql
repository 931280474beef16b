-- Reminders and delegations carry a message; each person marks notifications read for themselves.
ALTER TABLE notification ADD COLUMN message VARCHAR(2000);
CREATE INDEX ix_notification_task ON notification (task_id, created_by, kind);

CREATE TABLE notification_read (
    notification_id BIGINT      NOT NULL,
    username        VARCHAR(64) NOT NULL,
    read_at         DATETIME(3) NOT NULL,
    PRIMARY KEY (notification_id, username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
