-- Projects, their tranche plans and tranches, and the hash-chained fund ledger (MySQL/MariaDB).
CREATE TABLE project (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(40)    NOT NULL,
    agreement_id          BIGINT         NOT NULL,
    donor_code            VARCHAR(16)    NOT NULL,
    recipient_code        VARCHAR(16)    NOT NULL,
    region_code           VARCHAR(16)    NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    project_type          VARCHAR(40)    NOT NULL,
    type_group            VARCHAR(30)    NOT NULL,
    focus_areas           VARCHAR(200)   NOT NULL,
    budget                DECIMAL(18, 2) NOT NULL,
    description           VARCHAR(4000),
    beneficiaries_planned INT,
    status                VARCHAR(20)    NOT NULL,
    process_instance_id   VARCHAR(64),
    created_by            VARCHAR(64)    NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT uk_project_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_project_agreement ON project (agreement_id, status);
CREATE INDEX ix_project_donor ON project (donor_code, status);
CREATE INDEX ix_project_recipient ON project (recipient_code, status);
CREATE INDEX ix_project_type ON project (type_group, project_type);

CREATE TABLE project_tranche_plan (
    project_id BIGINT         NOT NULL,
    tranche_no INT            NOT NULL,
    amount     DECIMAL(18, 2) NOT NULL,
    planned_on DATE           NOT NULL,
    PRIMARY KEY (project_id, tranche_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tranche (
    project_id          BIGINT         NOT NULL,
    tranche_no          INT            NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    requested_amount    DECIMAL(18, 2) NOT NULL,
    purpose             VARCHAR(2000)  NOT NULL,
    progress_report     TEXT,
    requested_by        VARCHAR(64)    NOT NULL,
    approved_by         VARCHAR(64),
    transferred_amount  DECIMAL(18, 2),
    bank_reference      VARCHAR(64),
    transferred_on      DATE,
    received_amount     DECIMAL(18, 2),
    received_on         DATE,
    finding             TEXT,
    resolution          TEXT,
    process_instance_id VARCHAR(64)    NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (project_id, tranche_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One hash chain per project (project_seq 1, 2, 3 ...); recorded_at is UTC.
CREATE TABLE ledger_entry (
    seq                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id          BIGINT         NOT NULL,
    project_seq         INT            NOT NULL,
    entry_type          VARCHAR(20)    NOT NULL,
    amount              DECIMAL(18, 2) NOT NULL,
    project_code        VARCHAR(40)    NOT NULL,
    agreement_id        BIGINT         NOT NULL,
    donor_code          VARCHAR(16)    NOT NULL,
    recipient_code      VARCHAR(16)    NOT NULL,
    tranche_no          INT,
    bank_reference      VARCHAR(64),
    actor               VARCHAR(64)    NOT NULL,
    task_key            VARCHAR(64),
    task_id             VARCHAR(64),
    process_instance_id VARCHAR(64),
    recorded_at         DATETIME(3)   NOT NULL,
    prev_hash           CHAR(64)       NOT NULL,
    hash                CHAR(64)       NOT NULL,
    CONSTRAINT uk_ledger_project_seq UNIQUE (project_id, project_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_agreement ON ledger_entry (agreement_id);

CREATE TABLE ledger_head (
    project_id BIGINT   NOT NULL PRIMARY KEY,
    entries    BIGINT   NOT NULL,
    head_hash  CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bank reference is used once in the whole system; the primary key makes concurrent duplicates fail too.
CREATE TABLE bank_reference (
    reference  VARCHAR(64)  NOT NULL PRIMARY KEY,
    project_id BIGINT       NOT NULL,
    tranche_no INT,
    used_at    DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger is append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
