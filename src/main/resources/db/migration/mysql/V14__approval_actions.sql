-- 加签: a person the holder of an approval task added before (BEFORE), after (AFTER) or beside (WITH)
-- themselves, and how far they are: WAITING (not yet their turn), ACTIVE (holding the task or its added
-- instance), DONE (acted), REMOVED (减签 by the one who added them) or DROPPED (the step ended without them).
CREATE TABLE task_signer (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    task_id             VARCHAR(64)   NOT NULL,
    activity_id         VARCHAR(255)  NOT NULL,
    username            VARCHAR(64)   NOT NULL,
    position            VARCHAR(8)    NOT NULL,
    added_by            VARCHAR(64)   NOT NULL,
    comment             VARCHAR(1000),
    state               VARCHAR(8)    NOT NULL,
    signer_task_id      VARCHAR(64),
    added_at            DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX idx_task_signer_task ON task_signer (task_id);
CREATE INDEX idx_task_signer_process ON task_signer (process_instance_id);
CREATE INDEX idx_task_signer_signer_task ON task_signer (signer_task_id);

-- 退回: a case sent back from one step to a step it had passed; with resume_here, the target step's
-- completion takes it straight back to from_activity (OPEN until then, RESUMED or DROPPED after).
CREATE TABLE task_return (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    from_activity       VARCHAR(255)  NOT NULL,
    to_activity         VARCHAR(255)  NOT NULL,
    returned_by         VARCHAR(64)   NOT NULL,
    resume_here         BOOLEAN       NOT NULL,
    state               VARCHAR(8)    NOT NULL,
    returned_at         DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX idx_task_return_process ON task_return (process_instance_id, state);

-- 委派: the form a delegate filled and resolved, shown to the task's owner to complete.
CREATE TABLE task_draft (
    task_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    form_values LONGTEXT NOT NULL,
    drafted_by  VARCHAR(64)  NOT NULL,
    drafted_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
