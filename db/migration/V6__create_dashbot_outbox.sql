-- Dashbot forwarding, second part (DESIGN §3.8): conversations are fetched under a lease, their messages become
-- outbox rows (one per tenant, conversation and message: a message is never queued twice) that are delivered,
-- retried with backoff, given up on (DEAD) or refused as too old. Rows are claimed with FOR UPDATE SKIP LOCKED.
ALTER TABLE dashbot_conversation
    ADD COLUMN attempts        int         NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN last_error      text,
    ADD COLUMN fetched_at      timestamptz,
    ADD CONSTRAINT dashbot_conversation_status CHECK (status IN ('PENDING', 'FETCHED', 'SKIPPED', 'FAILED', 'DEAD'));
DROP INDEX dashbot_conversation_pending;
CREATE INDEX dashbot_conversation_due ON dashbot_conversation (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');

CREATE TABLE dashbot_outbox (
    tenant_id       text        NOT NULL,
    conversation_id text        NOT NULL,
    message_id      text        NOT NULL,
    type            text        NOT NULL CHECK (type IN ('incoming', 'outgoing')),
    body            jsonb       NOT NULL,
    message_at      timestamptz NOT NULL,
    state           text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'DEAD', 'TOO_OLD')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, conversation_id, message_id)
);
CREATE INDEX dashbot_outbox_due ON dashbot_outbox (next_attempt_at) WHERE state IN ('PENDING', 'FAILED');
CREATE INDEX dashbot_outbox_by_state ON dashbot_outbox (tenant_id, state);
CREATE INDEX dashbot_outbox_sent ON dashbot_outbox (tenant_id, sent_at) WHERE state = 'SENT';

CREATE TABLE dashbot_run (
    id            bigserial   PRIMARY KEY,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    conversations int         NOT NULL DEFAULT 0,
    sent          int         NOT NULL DEFAULT 0,
    failed        int         NOT NULL DEFAULT 0,
    dead          int         NOT NULL DEFAULT 0,
    too_old       int         NOT NULL DEFAULT 0,
    error         text
);
