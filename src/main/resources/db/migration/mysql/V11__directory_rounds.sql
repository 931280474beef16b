-- The directory maintained in the database (issue 16): rounds of the paired-assistance program,
-- each with its own pairings, so that a new round (2026-2030) keeps the old round's pairings.
-- Who changed a union, a round or a pairing, and when, is in audit_record (subject UNION or ROUND),
-- which needs a numeric id for each union and round.
CREATE TABLE assistance_round (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(16)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    start_year INT          NOT NULL,
    end_year   INT          NOT NULL,
    CONSTRAINT uk_round_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO assistance_round (code, name_zh, name_en, start_year, end_year)
VALUES ('2021-2025', '2021—2025年对口援疆', 'Paired assistance 2021–2025', 2021, 2025);

-- the pairings so far are those of the 2021-2025 round
ALTER TABLE pairing ADD COLUMN round_code VARCHAR(16) NOT NULL DEFAULT '2021-2025';
ALTER TABLE pairing ALTER COLUMN round_code DROP DEFAULT;
ALTER TABLE pairing DROP PRIMARY KEY, ADD PRIMARY KEY (round_code, donor_code, recipient_code);
ALTER TABLE pairing ADD CONSTRAINT fk_pairing_round FOREIGN KEY (round_code) REFERENCES assistance_round (code);

ALTER TABLE union_org ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT, ADD CONSTRAINT uk_union_id UNIQUE (id);

-- One row, raised by every change of the directory: changes queue on it, and every node reloads
-- its in-memory copy of the directory when it sees a new revision.
CREATE TABLE directory_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO directory_revision (id, revision) VALUES (1, 0);
