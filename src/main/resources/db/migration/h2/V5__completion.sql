-- The completion of a project (H2): its report as it stands now, and every step taken on it.
-- H2 counts a VARCHAR's length in UTF-16 units, so a text of 4000 characters (the forms' limit, counted in
-- code points) needs up to 8000 when it holds characters such as 𠮷.
CREATE TABLE completion (
    project_id          BIGINT         NOT NULL PRIMARY KEY,
    actual_spending     DECIMAL(18, 2) NOT NULL,
    beneficiaries       INT            NOT NULL,
    summary             VARCHAR(8000)  NOT NULL,
    reported_by         VARCHAR(64)    NOT NULL,
    reported_at         TIMESTAMP(3)   NOT NULL,
    inspection_decision VARCHAR(20),
    inspection_findings VARCHAR(8000),
    inspected_by        VARCHAR(64),
    outcome             VARCHAR(20),
    rectifications      INT            NOT NULL,
    audit_decision      VARCHAR(20),
    performance_score   INT,
    audit_findings      VARCHAR(8000),
    audited_by          VARCHAR(64),
    updated_at          TIMESTAMP(3)   NOT NULL
);

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
    note                VARCHAR(8000),
    amount              DECIMAL(18, 2),
    beneficiaries       INT,
    performance_score   INT,
    bank_reference      VARCHAR(64),
    done_on             DATE,
    acted_at            TIMESTAMP(3)   NOT NULL
);
CREATE INDEX ix_completion_step_project ON completion_step (project_id, id);

-- The history keeps the findings and responses (up to 4000 characters) as comments, and every submitted
-- field in details: room for 4000 characters outside the Basic Multilingual Plane, and for JSON escapes.
ALTER TABLE audit_record ALTER COLUMN comment SET DATA TYPE VARCHAR(8000);
ALTER TABLE audit_record ALTER COLUMN details SET DATA TYPE VARCHAR(100000);
