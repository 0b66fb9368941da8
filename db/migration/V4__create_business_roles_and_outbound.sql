-- Business roles (DESIGN §2, §3.3): tenant data, assigned to users by managers. "Everyone" is built in:
-- every tenant has it and every user is in it, so it has no member rows.
CREATE TABLE business_role (
    tenant_id   text        NOT NULL REFERENCES tenant (tenant_id),
    name        text        NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9 &/._-]{0,39}$' AND name = btrim(name)),
    built_in    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
CREATE UNIQUE INDEX business_role_name_ci ON business_role (tenant_id, lower(name));
INSERT INTO business_role (tenant_id, name, built_in, created_by) SELECT tenant_id, 'Everyone', true, 'system' FROM tenant;

CREATE TABLE business_role_member (
    tenant_id   text        NOT NULL,
    role_name   text        NOT NULL,
    subject     text        NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now(),
    added_by    text        NOT NULL,
    PRIMARY KEY (tenant_id, role_name, subject),
    FOREIGN KEY (tenant_id, role_name) REFERENCES business_role (tenant_id, name) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, subject) REFERENCES app_user (tenant_id, subject) ON DELETE CASCADE
);
CREATE INDEX business_role_member_by_user ON business_role_member (tenant_id, subject);

-- Outbound roles: per contact point and function, the business roles allowed to use it.
CREATE TABLE outbound_role (
    tenant_id        text NOT NULL,
    contact_point_id text NOT NULL,
    function         text NOT NULL CHECK (function IN ('START_CONVERSATION', 'SEND_NOTIFICATION')),
    role_name        text NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id, function, role_name),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, role_name) REFERENCES business_role (tenant_id, name) ON DELETE CASCADE
);

-- What agents sent: a conversation assigned to the agent (Start Conversation) or a lone notification.
CREATE TABLE conversation (
    tenant_id        text        NOT NULL,
    id               uuid        NOT NULL,
    contact_point_id text        NOT NULL,
    customer_number  text        NOT NULL,
    from_number      text        NOT NULL,
    assigned_to      text        NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE outbound_message (
    tenant_id        text        NOT NULL,
    id               bigserial   NOT NULL,
    contact_point_id text        NOT NULL,
    function         text        NOT NULL CHECK (function IN ('START_CONVERSATION', 'SEND_NOTIFICATION')),
    conversation_id  uuid,
    agent            text        NOT NULL,
    to_number        text        NOT NULL,
    from_number      text        NOT NULL,
    text             text        NOT NULL,
    gateway_id       text,
    sent_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id) ON DELETE CASCADE,
    CHECK ((function = 'START_CONVERSATION') = (conversation_id IS NOT NULL))
);
CREATE INDEX outbound_message_by_contact_point ON outbound_message (tenant_id, contact_point_id, sent_at DESC, id DESC);
