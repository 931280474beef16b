-- The audit's performance score of a project with performance targets: computed from indicator attainment with the
-- standard weights, and the score the auditor gave, with the written reason when the two differ (H2).
CREATE TABLE project_performance (
    project_id     BIGINT        NOT NULL PRIMARY KEY,
    computed_score DECIMAL(5, 2) NOT NULL,
    final_score    INT           NOT NULL,
    reason         VARCHAR(8000),
    audited_by     VARCHAR(64)   NOT NULL,
    audited_at     TIMESTAMP(3)  NOT NULL
);
