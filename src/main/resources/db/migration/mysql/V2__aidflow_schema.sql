-- AidFlow's own tables (MySQL/MariaDB), utf8mb4 so that every Chinese name round-trips.
CREATE TABLE union_org (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    union_level VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(16),
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pairing (
    donor_code     VARCHAR(16)  NOT NULL,
    recipient_code VARCHAR(16)  NOT NULL,
    counties_zh    VARCHAR(500),
    PRIMARY KEY (donor_code, recipient_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    username     VARCHAR(64)  NOT NULL PRIMARY KEY,
    union_code   VARCHAR(16),
    display_name VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(40)    NOT NULL,
    donor_code          VARCHAR(16)    NOT NULL,
    recipient_code      VARCHAR(16)    NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    focus_areas         VARCHAR(200)   NOT NULL,
    intended_amount     DECIMAL(18, 2) NOT NULL,
    start_date          DATE           NOT NULL,
    end_date            DATE           NOT NULL,
    description         VARCHAR(4000),
    status              VARCHAR(20)    NOT NULL,
    process_instance_id VARCHAR(64),
    created_by          VARCHAR(64)    NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_agreement_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agreement_donor ON agreement (donor_code, status);
CREATE INDEX ix_agreement_recipient ON agreement (recipient_code, status);

CREATE TABLE agreement_signature (
    agreement_id BIGINT       NOT NULL,
    side         VARCHAR(10)  NOT NULL,
    signatory    VARCHAR(100) NOT NULL,
    signed_on    DATE         NOT NULL,
    document_id  BIGINT       NOT NULL,
    signed_by    VARCHAR(64)  NOT NULL,
    signed_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (agreement_id, side)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT,
    project_id   BIGINT,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(120) NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_document_agreement ON document (agreement_id);
CREATE INDEX ix_document_project ON document (project_id);

CREATE TABLE audit_record (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type        VARCHAR(20)  NOT NULL,
    subject_id          BIGINT       NOT NULL,
    action              VARCHAR(40)  NOT NULL,
    task_key            VARCHAR(64),
    task_id             VARCHAR(64),
    process_instance_id VARCHAR(64),
    actor               VARCHAR(64)  NOT NULL,
    decision            VARCHAR(20),
    comment             VARCHAR(4000),
    details             TEXT,
    acted_at                DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_subject ON audit_record (subject_type, subject_id, id);

-- Nobody, not even the application, rewrites history: the audit trail is append-only.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
