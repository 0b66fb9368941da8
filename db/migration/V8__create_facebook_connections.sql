-- The Facebook page of a contact point (DESIGN §3.7): one per contact point. Tokens are AES-GCM sealed by the app;
-- the page URL the admin pasted is not kept. The checklist is the last check's items as JSON.
CREATE TABLE facebook_connection (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    page_id          text        NOT NULL,
    page_name        text        NOT NULL,
    user_id          text,
    user_name        text,
    user_token       text        NOT NULL,
    token_expires_at timestamptz,
    page_token       text,
    checklist        jsonb       NOT NULL DEFAULT '[]',
    checked_at       timestamptz NOT NULL,
    connected_at     timestamptz NOT NULL DEFAULT now(),
    connected_by     text        NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

-- A page delivers its messages to one place: connected to one contact point of one tenant at most. (Sharded by
-- tenant, this small table would be a reference table so the index can stay global.)
CREATE UNIQUE INDEX facebook_connection_page ON facebook_connection (page_id);
