-- Change requests (项目变更) of approved projects (H2): the approved version before and the version asked for, as JSON.
CREATE TABLE project_change (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT          NOT NULL,
    status              VARCHAR(20)     NOT NULL,
    reason              VARCHAR(8000)   NOT NULL,
    before_json         VARCHAR(100000) NOT NULL,
    after_json          VARCHAR(100000) NOT NULL,
    requested_by        VARCHAR(64)     NOT NULL,
    requested_at        TIMESTAMP(3)    NOT NULL,
    decided_at          TIMESTAMP(3),
    process_instance_id VARCHAR(64)
);
CREATE INDEX ix_project_change_project ON project_change (project_id, status);
