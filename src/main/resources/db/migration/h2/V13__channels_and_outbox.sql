-- How each person wants to be reached outside AidFlow (e-mail, WeCom, DingTalk, Feishu), and the
-- transactional outbox: every message to a channel is a row written in the transaction of the action
-- that causes it, delivered afterwards by OutboxSender with retries (at least once, with a delivery id).
CREATE TABLE person_channel (
    username    VARCHAR(64)  NOT NULL PRIMARY KEY,
    email       VARCHAR(254),
    phone       VARCHAR(32),
    channels    VARCHAR(100) NOT NULL,
    digest_hour INT,
    language    VARCHAR(8)   NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL
);

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    delivery_id     VARCHAR(40)   NOT NULL,
    dedupe_key      VARCHAR(200),
    channel         VARCHAR(16)   NOT NULL,
    recipient       VARCHAR(64)   NOT NULL,
    address         VARCHAR(254),
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(400)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    link            VARCHAR(1000),
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP(3)  NOT NULL,
    claimed_by      VARCHAR(128),
    claimed_until   TIMESTAMP(3),
    created_at      TIMESTAMP(3)  NOT NULL,
    sent_at         TIMESTAMP(3),
    last_error      VARCHAR(1000),
    CONSTRAINT uq_outbox_delivery UNIQUE (delivery_id),
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
