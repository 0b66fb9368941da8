-- Request/enable workflow of the additional platforms per contact point (DESIGN §3.7): the current status and the
-- request details, one row per contact point and platform, and the append-only history of every status change.
CREATE TABLE platform_request (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    platform         text        NOT NULL CHECK (platform IN ('APPLE_MESSAGES', 'GOOGLE_RBM', 'WHATSAPP')),
    status           text        NOT NULL CHECK (status IN ('NOT_REQUESTED', 'REQUESTED', 'APPROVED', 'REJECTED',
                                                            'ENABLED', 'DISABLED')),
    details          jsonb       NOT NULL DEFAULT '{}',
    -- the WhatsApp number while a request holds it (any status but NOT_REQUESTED): one contact point per number
    whatsapp_number  text,
    version          bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id, platform),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX platform_request_whatsapp_number ON platform_request (tenant_id, whatsapp_number)
    WHERE whatsapp_number IS NOT NULL;

CREATE TABLE platform_request_history (
    tenant_id        text        NOT NULL,
    id               bigserial   NOT NULL,
    contact_point_id text        NOT NULL,
    platform         text        NOT NULL,
    from_status      text        NOT NULL,
    to_status        text        NOT NULL,
    actor            text        NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    note             text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX platform_request_history_by_platform
    ON platform_request_history (tenant_id, contact_point_id, platform, id DESC);
