CREATE SCHEMA IF NOT EXISTS kernel;

-- Quota tiers for main accounts.
CREATE TABLE kernel.account_levels (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name                    varchar(50) NOT NULL UNIQUE,
  max_shops               integer NOT NULL CHECK (max_shops >= 0),
  max_sub_accounts        integer NOT NULL CHECK (max_sub_accounts >= 0),
  default_expiration_days integer NOT NULL DEFAULT 0 CHECK (default_expiration_days >= 0),
  is_default              boolean NOT NULL DEFAULT false,
  created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX account_levels_single_default ON kernel.account_levels (is_default) WHERE is_default;
INSERT INTO kernel.account_levels (name, max_shops, max_sub_accounts, is_default) VALUES ('standard', 3, 20, true);

CREATE TABLE kernel.accounts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      varchar(50) NOT NULL,
  password_hash varchar(100) NOT NULL,
  role          varchar(20) NOT NULL CHECK (role IN ('admin', 'main_account', 'sub_account', 'shipper')),
  parent_id     bigint REFERENCES kernel.accounts (id) ON DELETE CASCADE,
  level_id      bigint REFERENCES kernel.account_levels (id),
  status        varchar(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'disabled')),
  expires_at    timestamptz,
  last_login_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  -- children (sub-accounts, shippers) always hang under a main account, nobody else does
  CONSTRAINT accounts_parent_matches_role CHECK ((role IN ('sub_account', 'shipper')) = (parent_id IS NOT NULL))
);
CREATE UNIQUE INDEX accounts_username_unique ON kernel.accounts (lower(username));
CREATE INDEX accounts_parent ON kernel.accounts (parent_id);
CREATE INDEX accounts_admins ON kernel.accounts (role) WHERE role = 'admin';

CREATE TABLE kernel.shops (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_id           bigint NOT NULL REFERENCES kernel.accounts (id) ON DELETE CASCADE,
  display_name       varchar(100) NOT NULL,
  client_id          varchar(20) NOT NULL,
  api_key_ciphertext bytea NOT NULL,
  api_key_key_id     varchar(32) NOT NULL,
  status             varchar(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_new_key')),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
-- One OZON seller account is bound once, whoever binds it (also makes a double-clicked bind idempotent).
CREATE UNIQUE INDEX shops_client_id_unique ON kernel.shops (client_id);
CREATE INDEX shops_owner ON kernel.shops (owner_id);
CREATE INDEX shops_active ON kernel.shops (id) WHERE status = 'active';

CREATE TABLE kernel.shop_grants (
  account_id bigint NOT NULL REFERENCES kernel.accounts (id) ON DELETE CASCADE,
  shop_id    bigint NOT NULL REFERENCES kernel.shops (id) ON DELETE CASCADE,
  access     varchar(10) NOT NULL CHECK (access IN ('read', 'write')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, shop_id)
);
CREATE INDEX shop_grants_shop ON kernel.shop_grants (shop_id);

-- A login session: every refresh token rotated from one login shares a family; reuse revokes it.
CREATE TABLE kernel.refresh_families (
  id            uuid PRIMARY KEY,
  account_id    bigint NOT NULL REFERENCES kernel.accounts (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  revoke_reason varchar(30)
);
CREATE INDEX refresh_families_live ON kernel.refresh_families (account_id) WHERE revoked_at IS NULL;

CREATE TABLE kernel.refresh_tokens (
  token_hash char(64) PRIMARY KEY,
  family_id  uuid NOT NULL REFERENCES kernel.refresh_families (id) ON DELETE CASCADE,
  issued_at  timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  rotated_at timestamptz
);
CREATE INDEX refresh_tokens_family ON kernel.refresh_tokens (family_id);

CREATE TABLE kernel.api_keys (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES kernel.accounts (id) ON DELETE CASCADE,
  name         varchar(100) NOT NULL,
  key_hash     char(64) NOT NULL UNIQUE,
  key_prefix   varchar(16) NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX api_keys_account ON kernel.api_keys (account_id);

-- Security-relevant actions. No foreign keys: the log outlives the accounts and shops it names.
CREATE TABLE kernel.audit_log (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at    timestamptz NOT NULL DEFAULT now(),
  tenant_id      bigint,
  actor_id       bigint,
  actor_username varchar(50),
  action         varchar(50) NOT NULL,
  target_type    varchar(30),
  target_id      varchar(100),
  ip             varchar(64),
  request_id     varchar(64),
  details        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_tenant ON kernel.audit_log (tenant_id, id DESC);
