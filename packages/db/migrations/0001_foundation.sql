-- Foundation: entities, accounts, sessions, audit log, outbox, numbering, idempotency.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Refuses UPDATE and DELETE on append-only tables (audit log, register of members, ledger).
CREATE OR REPLACE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;

-- The group's legal entities. Settings (share categories, fee, pay delay, ...) are validated by the
-- domain's entity-settings schema before they are written.
CREATE TABLE entities (
  id text PRIMARY KEY,
  parent_id text REFERENCES entities(id),
  name text NOT NULL,
  legal_form text NOT NULL,
  country char(2) NOT NULL,
  enterprise_number text,
  vat_number text,
  iban text,
  bic text,
  address text NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  languages text[] NOT NULL,
  holds_register boolean NOT NULL DEFAULT false,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  email text NOT NULL,
  password_hash text NOT NULL,
  display_name text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  roles text[] NOT NULL DEFAULT '{member}',
  totp_secret text,
  totp_enabled_at timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_unique UNIQUE (email),
  CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['member', 'adviser', 'client_service', 'payroll', 'board', 'admin']::text[])
);

-- Sessions live in the database so that any number of stateless server processes share them.
-- `id` is the SHA-256 of the cookie's token: a database dump does not give away live sessions.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  second_factor_ok boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  success boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email ON login_attempts (email, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

CREATE TABLE password_resets (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every e-mail goes through the outbox: sent by SMTP when configured, readable by staff in demo mode.
CREATE TABLE outbox_emails (
  id bigserial PRIMARY KEY,
  entity_id text NOT NULL REFERENCES entities(id),
  to_address text NOT NULL,
  language text NOT NULL,
  template text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'kept')),
  attempts int NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_pending ON outbox_emails (status, id);
CREATE INDEX outbox_to ON outbox_emails (to_address, id);

-- Append-only audit log of every state change.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  entity_id text REFERENCES entities(id),
  actor_user_id uuid,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  before jsonb,
  after jsonb,
  ip text
);
CREATE INDEX audit_subject ON audit_log (subject_type, subject_id, id);
CREATE INDEX audit_actor ON audit_log (actor_user_id, id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Gap-free counters per entity (member numbers, register lines, document numbers).
CREATE TABLE counters (
  entity_id text NOT NULL REFERENCES entities(id),
  name text NOT NULL,
  scope text NOT NULL DEFAULT '',
  value bigint NOT NULL,
  PRIMARY KEY (entity_id, name, scope)
);

-- The same request sent twice (double click, network retry) is answered once and replayed.
CREATE TABLE idempotency_keys (
  user_key text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  status int,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_key, key)
);
