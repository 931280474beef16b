-- Change requests (项目变更) of approved projects (MySQL/MariaDB): the approved version before and the version asked for, as JSON.
CREATE TABLE project_change (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    reason              TEXT         NOT NULL,
    before_json         MEDIUMTEXT   NOT NULL,
    after_json          MEDIUMTEXT   NOT NULL,
    requested_by        VARCHAR(64)  NOT NULL,
    requested_at        DATETIME(3)  NOT NULL,
    decided_at          DATETIME(3),
    process_instance_id VARCHAR(64)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_project_change_project ON project_change (project_id, status);
