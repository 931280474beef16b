-- Planned projects imported from a sheet, waiting for their proposer to submit them (H2). content: the proposal as JSON.
CREATE TABLE project_draft (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT         NOT NULL,
    donor_code   VARCHAR(16)    NOT NULL,
    sheet_row    INT            NOT NULL,
    title        VARCHAR(400),
    content      VARCHAR(100000) NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    created_at   TIMESTAMP(3)   NOT NULL
);
CREATE INDEX ix_project_draft_donor ON project_draft (donor_code);
