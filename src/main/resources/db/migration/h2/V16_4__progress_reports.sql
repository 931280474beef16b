-- Quarterly progress reports of running projects (H2), one row per filed report.
CREATE TABLE progress_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT        NOT NULL,
    progress            VARCHAR(8000) NOT NULL,
    issues              VARCHAR(8000),
    filed_by            VARCHAR(64)   NOT NULL,
    filed_at            TIMESTAMP(3)  NOT NULL,
    due_at              TIMESTAMP(3),
    process_instance_id VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_progress_report_project ON progress_report (project_id);
