-- Web chat per contact point (DESIGN §3.6): every setting in one JSON document (validated by the app before it is
-- written), and the live stats agents' systems push for the availability rules.
CREATE TABLE webchat_settings (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    settings         jsonb       NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE webchat_live_stats (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    available_agents int         NOT NULL CHECK (available_agents >= 0),
    queued           int         NOT NULL CHECK (queued >= 0),
    at               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, contact_point_id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);
