-- Keyword lists per tenant, upper case, separated by single spaces (a keyword is one word).
ALTER TABLE tenant
    ADD COLUMN opt_out_keywords text NOT NULL DEFAULT 'STOP STOPALL UNSUBSCRIBE CANCEL END QUIT REVOKE OPTOUT',
    ADD COLUMN opt_in_keywords  text NOT NULL DEFAULT 'START YES UNSTOP',
    ADD COLUMN help_keywords    text NOT NULL DEFAULT 'HELP INFO',
    ADD COLUMN updated_at       timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_by       text NOT NULL DEFAULT 'system';

-- Numbers compare byte-wise (COLLATE "C") so a prefix search can use the primary key.
CREATE TABLE sms_number (
    tenant_id        text        NOT NULL,
    number           text COLLATE "C" NOT NULL CHECK (number ~ '^\+[1-9][0-9]{1,14}$'),
    contact_point_id text        NOT NULL,
    type             text        NOT NULL CHECK (type IN ('STANDARD', 'INCOMING_ONLY', 'BLOCKED_OUTBOUND')),
    divert_to        text COLLATE "C",
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL,
    PRIMARY KEY (tenant_id, number),
    FOREIGN KEY (tenant_id, contact_point_id) REFERENCES contact_point (tenant_id, id),
    FOREIGN KEY (tenant_id, divert_to) REFERENCES sms_number (tenant_id, number),
    CHECK ((type = 'STANDARD') = (divert_to IS NULL))
);
CREATE INDEX sms_number_by_contact_point ON sms_number (tenant_id, contact_point_id);

CREATE TABLE stop_list_entry (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    number           text COLLATE "C" NOT NULL CHECK (number ~ '^\+[1-9][0-9]{1,14}$'),
    added_at         timestamptz NOT NULL DEFAULT now(),
    source           text        NOT NULL CHECK (source IN ('KEYWORD', 'ADMIN', 'API', 'IMPORT')),
    added_by         text        NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id, number)
);

-- Kept up to date in the transaction of every change: counting a million entries per page view is too slow.
-- Spread over slots (the size is their sum) so concurrent changes of one list do not queue on one row.
CREATE TABLE stop_list_size (
    tenant_id        text     NOT NULL,
    contact_point_id text     NOT NULL,
    slot             smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    entries          bigint   NOT NULL,
    PRIMARY KEY (tenant_id, contact_point_id, slot)
);

-- Set by the carrier when a customer texts an opt-out keyword; only the customer's START lifts it.
CREATE TABLE carrier_block (
    tenant_id        text        NOT NULL,
    contact_point_id text        NOT NULL,
    number           text COLLATE "C" NOT NULL,
    via_number       text COLLATE "C" NOT NULL,
    blocked_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, contact_point_id, number)
);

-- Append-only: every change of a stop list or carrier block, and every HELP request.
CREATE TABLE stop_list_history (
    tenant_id        text        NOT NULL,
    id               bigserial   NOT NULL,
    contact_point_id text        NOT NULL,
    number           text COLLATE "C" NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    action           text        NOT NULL CHECK (action IN ('ADDED', 'REMOVED', 'CARRIER_BLOCKED',
                                                            'CARRIER_BLOCK_LIFTED', 'HELP_REQUESTED')),
    source           text        NOT NULL CHECK (source IN ('KEYWORD', 'ADMIN', 'API', 'IMPORT')),
    actor            text        NOT NULL,
    detail           text,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX stop_list_history_by_number ON stop_list_history (tenant_id, contact_point_id, number, at DESC);

-- Inbound messages that look like an opt-out request but are not a lone keyword.
CREATE TABLE stop_list_review (
    tenant_id        text        NOT NULL,
    id               bigserial   NOT NULL,
    contact_point_id text        NOT NULL,
    number           text COLLATE "C" NOT NULL,
    to_number        text COLLATE "C" NOT NULL,
    text             text        NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'APPLIED', 'DISMISSED')),
    decided_by       text,
    decided_at       timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX stop_list_review_open ON stop_list_review (tenant_id, contact_point_id, received_at)
    WHERE status = 'OPEN';
