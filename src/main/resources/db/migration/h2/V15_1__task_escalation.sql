-- The escalation steps sent for a task, each once: DUE_SOON (its holder, two working days before its due date)
-- and ABOVE (the union above, five working days after it); the row is claimed before the notice is written.
CREATE TABLE task_escalation (
    task_id  VARCHAR(64)  NOT NULL,
    step     VARCHAR(20)  NOT NULL,
    sent_to  VARCHAR(200),
    sent_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (task_id, step)
);
