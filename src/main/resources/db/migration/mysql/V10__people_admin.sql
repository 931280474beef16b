-- People administration (issue 16): a person can be named in English, reached by e-mail or phone,
-- disabled without losing their history, and made to choose their own password at first sign-in.
-- `id` numbers a person for the audit trail (audit_record.subject_id); `version` counts changes
-- (a signed-in session reloads the person when it moves on) and `session_epoch` counts the changes
-- that sign a person out (disabling, a password reset). Existing rows stay valid: enabled, no
-- password change required, version 0.
ALTER TABLE person
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
    ADD COLUMN display_name_en VARCHAR(200),
    ADD COLUMN email VARCHAR(254),
    ADD COLUMN phone VARCHAR(40),
    ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN version INT NOT NULL DEFAULT 0,
    ADD COLUMN session_epoch INT NOT NULL DEFAULT 0,
    ADD COLUMN created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ADD COLUMN updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);
CREATE INDEX ix_person_union ON person (union_code, username);
