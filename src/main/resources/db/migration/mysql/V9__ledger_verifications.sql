-- Every run of the ledger verification, so auditors see when the chain was last checked and by whom.
CREATE TABLE ledger_verification (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    checked_at            DATETIME(3)  NOT NULL,
    checked_by            VARCHAR(64)  NOT NULL,
    ok                    BOOLEAN      NOT NULL,
    entries               BIGINT       NOT NULL,
    projects              BIGINT       NOT NULL,
    head                  CHAR(64),
    first_bad_seq         BIGINT,
    first_bad_project_id  BIGINT,
    millis                BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
