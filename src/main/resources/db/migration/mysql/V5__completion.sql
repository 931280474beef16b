-- The completion of a project (MySQL/MariaDB): its report as it stands now, and every step taken on it.
CREATE TABLE completion (
    project_id          BIGINT         NOT NULL PRIMARY KEY,
    actual_spending     DECIMAL(18, 2) NOT NULL,
    beneficiaries       INT            NOT NULL,
    summary             TEXT           NOT NULL,
    reported_by         VARCHAR(64)    NOT NULL,
    reported_at         DATETIME(3)    NOT NULL,
    inspection_decision VARCHAR(20),
    inspection_findings TEXT,
    inspected_by        VARCHAR(64),
    outcome             VARCHAR(20),
    rectifications      INT            NOT NULL,
    audit_decision      VARCHAR(20),
    performance_score   INT,
    audit_findings      TEXT,
    audited_by          VARCHAR(64),
    updated_at          DATETIME(3)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per completed completion task, oldest first; never changed afterwards.
-- note holds the summary, findings, response or comment; amount the actual spending, refund or refund received.
CREATE TABLE completion_step (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT         NOT NULL,
    task_key            VARCHAR(64)    NOT NULL,
    task_id             VARCHAR(64)    NOT NULL,
    process_instance_id VARCHAR(64),
    actor               VARCHAR(64)    NOT NULL,
    decision            VARCHAR(20),
    note                TEXT,
    amount              DECIMAL(18, 2),
    beneficiaries       INT,
    performance_score   INT,
    bank_reference      VARCHAR(64),
    done_on             DATE,
    acted_at            DATETIME(3)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_completion_step_project ON completion_step (project_id, id);

CREATE TRIGGER completion_step_no_update BEFORE UPDATE ON completion_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'completion_step is append-only';
CREATE TRIGGER completion_step_no_delete BEFORE DELETE ON completion_step FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'completion_step is append-only';
