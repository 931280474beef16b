-- A scheduled job's run, claimed by the first node to insert its row: with several nodes on one
-- database, the nightly ledger verification runs once per scheduled time, not once per node.
CREATE TABLE scheduled_run (
    job        VARCHAR(64)  NOT NULL,
    slot       TIMESTAMP(3) NOT NULL,
    node       VARCHAR(128) NOT NULL,
    claimed_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (job, slot)
);
