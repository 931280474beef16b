-- Planned projects imported from a sheet, waiting for their proposer to submit them (MySQL/MariaDB). content: the proposal as JSON.
CREATE TABLE project_draft (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT         NOT NULL,
    donor_code   VARCHAR(16)    NOT NULL,
    sheet_row    INT            NOT NULL,
    title        VARCHAR(400),
    content      MEDIUMTEXT     NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    created_at   DATETIME(3)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_project_draft_donor ON project_draft (donor_code);
