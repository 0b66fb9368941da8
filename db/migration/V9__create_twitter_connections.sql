-- The X (Twitter) account of a contact point (DESIGN §3.7): one per contact point, its OAuth 1.0a user tokens sealed
-- by the app (AES-GCM), and the last checklist (account, DMs from anyone) as X answered it.
CREATE TABLE twitter_connection (
    tenant_id           text        NOT NULL,
    contact_point_id    text        NOT NULL,
    account_id          text        NOT NULL,
    screen_name         text        NOT NULL,
    name                text        NOT NULL,
    access_token        text        NOT NULL,
    access_token_secret text        NOT NULL,
    dms_from_anyone     boolean,
    checklist           jsonb       NOT NULL,
    checked_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text        NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

-- An X account receives its DMs in one place: never on two contact points, nor in two tenants.
CREATE UNIQUE INDEX twitter_connection_account ON twitter_connection (account_id);
