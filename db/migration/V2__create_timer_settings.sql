-- One row per level of the cascade: the tenant (contact_point_id = '' and platform = ''),
-- a contact point (platform = ''), or a platform of a contact point. NULL = not overridden here.
CREATE TABLE timer_settings (
    tenant_id           text        NOT NULL REFERENCES tenant (tenant_id),
    contact_point_id    text        NOT NULL DEFAULT '',
    platform            text        NOT NULL DEFAULT '',
    invitation_timeout  integer CHECK (invitation_timeout BETWEEN 1 AND 2592000),
    response_timeout    integer CHECK (response_timeout BETWEEN 1 AND 2592000),
    art_minimum         integer CHECK (art_minimum BETWEEN 1 AND 2592000),
    art_maximum         integer CHECK (art_maximum BETWEEN 1 AND 2592000),
    inactive_time       integer CHECK (inactive_time BETWEEN 1 AND 2592000),
    close_time          integer CHECK (close_time BETWEEN 1 AND 2592000),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, contact_point_id, platform),
    CHECK (platform = '' OR contact_point_id <> ''),
    -- The tenant level holds every timer; lower levels only the overridable ones.
    CHECK (contact_point_id <> '' OR (invitation_timeout IS NOT NULL AND response_timeout IS NOT NULL
        AND art_minimum IS NOT NULL AND art_maximum IS NOT NULL AND inactive_time IS NOT NULL AND close_time IS NOT NULL)),
    CHECK (contact_point_id = '' OR (invitation_timeout IS NULL AND art_minimum IS NULL AND art_maximum IS NULL))
);

-- Tenants that exist before this migration get the default tenant-level timers.
INSERT INTO timer_settings (tenant_id, invitation_timeout, response_timeout, art_minimum, art_maximum,
                            inactive_time, close_time, updated_by)
SELECT tenant_id, 60, 300, 60, 180, 3600, 43200, 'system' FROM tenant;
