-- Quarterly progress reports of running projects (MySQL/MariaDB), one row per filed report.
CREATE TABLE progress_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT       NOT NULL,
    progress            TEXT         NOT NULL,
    issues              TEXT,
    filed_by            VARCHAR(64)  NOT NULL,
    filed_at            DATETIME(3)  NOT NULL,
    due_at              DATETIME(3),
    process_instance_id VARCHAR(64)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_progress_report_project ON progress_report (project_id);
