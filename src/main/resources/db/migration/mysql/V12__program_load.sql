-- The loading of the whole 2021-2025 program (the "program" profile): which plan was loaded, and
-- whether it is done, so that a restart goes on with the same plan and a finished load is left alone.
CREATE TABLE program_load (
    id          INT         NOT NULL PRIMARY KEY,
    seed        BIGINT      NOT NULL,
    scale       VARCHAR(20) NOT NULL,
    started_at  DATETIME(3) NOT NULL,
    finished_at DATETIME(3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
