-- Funding plans per agreement and year, a project's plan year, and its performance targets (绩效目标) (H2).
CREATE TABLE agreement_plan_year (
    agreement_id BIGINT         NOT NULL,
    plan_year    INT            NOT NULL,
    amount       DECIMAL(18, 2) NOT NULL,
    PRIMARY KEY (agreement_id, plan_year)
);

ALTER TABLE project ADD COLUMN plan_year INT;
CREATE INDEX ix_project_plan_year ON project (agreement_id, plan_year);

-- target and actual in the indicator's unit; actual stays empty until the completion report gives it
CREATE TABLE project_indicator (
    project_id BIGINT         NOT NULL,
    code       VARCHAR(40)    NOT NULL,
    position   INT            NOT NULL,
    target     DECIMAL(18, 2) NOT NULL,
    unit       VARCHAR(20)    NOT NULL,
    actual     DECIMAL(18, 2),
    PRIMARY KEY (project_id, code)
);
