-- The OZON channel's own data. Every row belongs to a shop of the kernel's registry (kernel.shops);
-- the foreign keys are added in the migration that follows the kernel's.
CREATE SCHEMA IF NOT EXISTS ozon;

CREATE TABLE ozon.warehouses (
    shop_id         bigint      NOT NULL,
    warehouse_id    bigint      NOT NULL,
    name            text        NOT NULL,
    status          text        NOT NULL,
    is_rfbs         boolean     NOT NULL DEFAULT false,
    is_kgt          boolean     NOT NULL DEFAULT false,
    raw             jsonb       NOT NULL,
    synced_at       timestamptz NOT NULL,
    PRIMARY KEY (shop_id, warehouse_id)
);

CREATE TABLE ozon.products (
    id              bigserial   PRIMARY KEY,
    shop_id         bigint      NOT NULL,
    offer_id        text        NOT NULL,
    product_id      bigint      NOT NULL,
    sku             bigint,
    name            text        NOT NULL DEFAULT '',
    status          text,
    archived        boolean     NOT NULL DEFAULT false,
    visible         boolean     NOT NULL DEFAULT true,
    price           numeric(18,4),
    old_price       numeric(18,4),
    min_price       numeric(18,4),
    currency_code   text,
    purchase_cost   numeric(18,4),
    present         integer     NOT NULL DEFAULT 0,
    reserved        integer     NOT NULL DEFAULT 0,
    raw             jsonb,
    ozon_updated_at timestamptz,
    synced_at       timestamptz NOT NULL,
    CONSTRAINT products_shop_offer UNIQUE (shop_id, offer_id),
    CONSTRAINT products_shop_product UNIQUE (shop_id, product_id)
);
CREATE INDEX products_shop_name ON ozon.products (shop_id, name, id);
CREATE INDEX products_shop_sku ON ozon.products (shop_id, sku);

-- Stock per product and seller warehouse, as OZON last reported it or as we last set it.
CREATE TABLE ozon.product_stocks (
    shop_id         bigint      NOT NULL,
    product_id      bigint      NOT NULL,
    warehouse_id    bigint      NOT NULL,
    present         integer     NOT NULL,
    reserved        integer     NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (shop_id, product_id, warehouse_id)
);

-- The posting is the order aggregate: typed columns for what lists filter and sort on, OZON's
-- document kept whole in raw, line items in a child table.
CREATE TABLE ozon.postings (
    id                  bigserial   PRIMARY KEY,
    shop_id             bigint      NOT NULL,
    posting_number      text        NOT NULL,
    scheme              text        NOT NULL CHECK (scheme IN ('fbs', 'fbo')),
    order_id            bigint,
    order_number        text,
    status              text        NOT NULL,
    status_known        boolean     NOT NULL DEFAULT true,
    substatus           text,
    in_process_at       timestamptz NOT NULL,
    shipment_date       timestamptz,
    delivering_date     timestamptz,
    delivery_method     text,
    warehouse_id        bigint,
    tracking_number     text,
    cancel_reason       text,
    total_price         numeric(18,4) NOT NULL DEFAULT 0,
    currency_code       text,
    offer_ids           text[]      NOT NULL DEFAULT '{}',
    skus                bigint[]    NOT NULL DEFAULT '{}',
    raw                 jsonb       NOT NULL,
    label_print_count   integer     NOT NULL DEFAULT 0,
    label_printed_at    timestamptz,
    first_seen_at       timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT postings_shop_number UNIQUE (shop_id, posting_number)
);
-- Lists page by (in_process_at desc, id desc) inside a shop and a status tab.
CREATE INDEX postings_shop_status_time ON ozon.postings (shop_id, status, in_process_at DESC, id DESC);
CREATE INDEX postings_shop_time ON ozon.postings (shop_id, in_process_at DESC, id DESC);
CREATE INDEX postings_number_prefix ON ozon.postings (posting_number text_pattern_ops);
CREATE INDEX postings_offer_ids ON ozon.postings USING gin (offer_ids);
CREATE INDEX postings_skus ON ozon.postings USING gin (skus);
CREATE INDEX postings_attention ON ozon.postings (shop_id) WHERE NOT status_known;

CREATE TABLE ozon.posting_items (
    posting_id      bigint      NOT NULL REFERENCES ozon.postings (id) ON DELETE CASCADE,
    line_no         integer     NOT NULL,
    sku             bigint,
    offer_id        text,
    name            text,
    quantity        integer     NOT NULL,
    price           numeric(18,4),
    currency_code   text,
    PRIMARY KEY (posting_id, line_no)
);

-- Where each kind of sync of each shop stands: the saved position (watermark) and its health.
CREATE TABLE ozon.sync_checkpoints (
    shop_id             bigint      NOT NULL,
    kind                text        NOT NULL,
    watermark           timestamptz,
    last_success_at     timestamptz,
    last_attempt_at     timestamptz,
    last_error          text,
    last_stats          jsonb,
    PRIMARY KEY (shop_id, kind)
);

-- Stock edits: one row per product-warehouse pair a seller asked to set, coalesced per shop by the
-- push job (the latest wanted quantity wins), with OZON's answer for the item.
CREATE TABLE ozon.stock_changes (
    id              bigserial   PRIMARY KEY,
    shop_id         bigint      NOT NULL,
    product_id      bigint      NOT NULL,
    offer_id        text        NOT NULL,
    warehouse_id    bigint      NOT NULL,
    quantity        integer     NOT NULL CHECK (quantity >= 0),
    state           text        NOT NULL CHECK (state IN ('pending', 'superseded', 'sent', 'updated', 'rejected')),
    requested_by    bigint,
    requested_at    timestamptz NOT NULL,
    sent_at         timestamptz,
    ozon_errors     jsonb
);
CREATE INDEX stock_changes_pending ON ozon.stock_changes (shop_id, requested_at) WHERE state = 'pending';
CREATE INDEX stock_changes_shop_time ON ozon.stock_changes (shop_id, requested_at DESC);
CREATE INDEX stock_changes_pair_sent ON ozon.stock_changes (shop_id, product_id, warehouse_id, sent_at);

CREATE TABLE ozon.price_changes (
    id              bigserial   PRIMARY KEY,
    shop_id         bigint      NOT NULL,
    product_id      bigint      NOT NULL,
    offer_id        text        NOT NULL,
    price           numeric(18,4) NOT NULL,
    old_price       numeric(18,4),
    min_price       numeric(18,4),
    currency_code   text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('pending', 'superseded', 'sent', 'updated', 'rejected')),
    requested_by    bigint,
    requested_at    timestamptz NOT NULL,
    sent_at         timestamptz,
    ozon_errors     jsonb
);
CREATE INDEX price_changes_pending ON ozon.price_changes (shop_id, requested_at) WHERE state = 'pending';
CREATE INDEX price_changes_product_sent ON ozon.price_changes (shop_id, product_id, sent_at) WHERE sent_at IS NOT NULL;

-- A margin guard per shop: prices below purchase_cost * (1 + min_margin) are refused.
CREATE TABLE ozon.price_guards (
    shop_id         bigint      PRIMARY KEY,
    min_margin      numeric(9,4) NOT NULL CHECK (min_margin >= 0)
);

CREATE TABLE ozon.labels (
    shop_id         bigint      NOT NULL,
    posting_number  text        NOT NULL,
    pdf             bytea       NOT NULL,
    fetched_at      timestamptz NOT NULL,
    PRIMARY KEY (shop_id, posting_number)
);
