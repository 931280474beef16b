-- A scheduled job's run, claimed by the first node to insert its row: with several nodes on one
-- database, the nightly ledger verification runs once per scheduled time, not once per node.
CREATE TABLE scheduled_run (
    job        VARCHAR(64)  NOT NULL,
    slot       DATETIME(3)  NOT NULL,
    node       VARCHAR(128) NOT NULL,
    claimed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (job, slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
