-- The approvals desk: 已办 reads the audit trail by actor; 抄送 copies a case to a colleague; 代理 names a stand-in.
CREATE INDEX ix_audit_actor ON audit_record (actor, action, id);
-- a stand-in (代理) acts for someone: the record names both, "B for A"
ALTER TABLE audit_record ADD COLUMN on_behalf_of VARCHAR(64);

CREATE TABLE case_copy (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type VARCHAR(20)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    task_id      VARCHAR(64),
    username     VARCHAR(64)   NOT NULL,
    copied_by    VARCHAR(64)   NOT NULL,
    comment      VARCHAR(2000),
    copied_at    TIMESTAMP(3)  NOT NULL,
    read_at      TIMESTAMP(3)
);
CREATE INDEX ix_case_copy_user ON case_copy (username, id);
CREATE INDEX ix_case_copy_subject ON case_copy (subject_type, subject_id, username);

CREATE TABLE task_substitute (
    username   VARCHAR(64)  NOT NULL PRIMARY KEY,
    stand_in   VARCHAR(64)  NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    set_at     TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_task_substitute_stand_in ON task_substitute (stand_in, starts_on, ends_on);

-- 我发起的: the cases a person submitted, newest first
CREATE INDEX ix_agreement_created_by ON agreement (created_by, created_at);
CREATE INDEX ix_project_created_by ON project (created_by, created_at);
