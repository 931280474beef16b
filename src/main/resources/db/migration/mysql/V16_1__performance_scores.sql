-- The audit's performance score of a project with performance targets: computed from indicator attainment with the
-- standard weights, and the score the auditor gave, with the written reason when the two differ (MySQL/MariaDB).
CREATE TABLE project_performance (
    project_id     BIGINT        NOT NULL PRIMARY KEY,
    computed_score DECIMAL(5, 2) NOT NULL,
    final_score    INT           NOT NULL,
    reason         TEXT,
    audited_by     VARCHAR(64)   NOT NULL,
    audited_at     DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
