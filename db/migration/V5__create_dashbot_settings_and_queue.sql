-- Dashbot forwarding (DESIGN §3.8), first part: per-tenant settings, webhook deliveries seen, and the queue of
-- conversations to forward. Secrets are stored encrypted (AES-GCM, key from configuration), never in clear.
CREATE TABLE dashbot_settings (
    tenant_id       text        PRIMARY KEY REFERENCES tenant (tenant_id),
    enabled         boolean     NOT NULL DEFAULT false,
    quiq_base_url   text,
    quiq_auth       text        NOT NULL DEFAULT 'BEARER' CHECK (quiq_auth IN ('BEARER', 'BASIC')),
    quiq_api_key    text,
    quiq_api_secret text,
    dashbot_url     text        NOT NULL DEFAULT 'https://tracker.dashbot.io/track',
    dashbot_api_key text,
    hook_token      text,
    contact_points  text[]      NOT NULL DEFAULT '{}',
    version         bigint      NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL
);

-- Quiq retries webhook deliveries: an event id seen once is not queued again.
CREATE TABLE dashbot_hook_event (
    tenant_id   text        NOT NULL,
    event_id    text        NOT NULL,
    event_type  text,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, event_id)
);

CREATE TABLE dashbot_conversation (
    tenant_id       text        NOT NULL,
    conversation_id text        NOT NULL CHECK (char_length(conversation_id) BETWEEN 1 AND 200),
    source          text        NOT NULL CHECK (source IN ('WEBHOOK', 'BACKFILL')),
    status          text        NOT NULL DEFAULT 'PENDING',
    queued_at       timestamptz NOT NULL DEFAULT now(),
    queued_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id)
);
CREATE INDEX dashbot_conversation_pending ON dashbot_conversation (tenant_id, queued_at) WHERE status = 'PENDING';
