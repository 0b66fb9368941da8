-- Every table keys on tenant_id first so a tenant-sharded PostgreSQL takes the data unchanged.

CREATE TABLE tenant (
    tenant_id   text PRIMARY KEY,
    name        text        NOT NULL,
    time_zone   text        NOT NULL,
    default_region text     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    tenant_id     text        NOT NULL REFERENCES tenant (tenant_id),
    subject       text        NOT NULL,
    username      text        NOT NULL,
    email         text,
    display_name  text,
    first_login_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, subject)
);
CREATE UNIQUE INDEX app_user_username ON app_user (tenant_id, username);

CREATE TABLE contact_point (
    tenant_id   text        NOT NULL REFERENCES tenant (tenant_id),
    id          text        NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    label       text        NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE audit_event (
    tenant_id   text        NOT NULL,
    id          bigserial   NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   text        NOT NULL,
    action      text        NOT NULL,
    before      jsonb,
    after       jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_by_time ON audit_event (tenant_id, at DESC, id DESC);
CREATE INDEX audit_event_by_entity ON audit_event (tenant_id, entity_type, entity_id);
