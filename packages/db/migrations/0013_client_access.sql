-- The client's own page: a link in the invoice e-mails opens it without an account. Its requests (change an
-- invoice, the billing data or the payment deadline) go to client service.

-- One row per client that was given a link. The token is an HMAC of (client, version) under a key derived
-- from the server secret: only its SHA-256 is kept, to find the client from a link. Revoking moves the
-- version on (the old link answers 404, the next e-mail carries the new one).
CREATE TABLE client_access (
  client_id uuid PRIMARY KEY REFERENCES clients(id),
  version int NOT NULL DEFAULT 1 CHECK (version >= 1),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  CONSTRAINT client_access_token_unique UNIQUE (token_hash)
);

-- Every opening of a client page and every download, and every link that opened nothing (for throttling):
-- append-only, never the token itself.
CREATE TABLE client_access_log (
  id bigserial PRIMARY KEY,
  client_id uuid REFERENCES clients(id),
  action text NOT NULL CHECK (action IN ('view', 'pdf', 'ubl', 'qr', 'request', 'unknown_link')),
  invoice_id uuid REFERENCES invoices(id),
  ip text NOT NULL,
  user_agent text,
  at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_access_log_known CHECK ((action = 'unknown_link') = (client_id IS NULL))
);
CREATE INDEX client_access_log_by_client ON client_access_log (client_id, at);
CREATE INDEX client_access_log_unknown ON client_access_log (ip, at) WHERE action = 'unknown_link';
CREATE TRIGGER client_access_log_append_only BEFORE UPDATE OR DELETE ON client_access_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- What a client asks from its page. `entity_id` is the entity of the invoice concerned (or of the client's
-- latest invoice for billing data); client service closes the request with what was done.
CREATE TABLE client_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  client_id uuid NOT NULL REFERENCES clients(id),
  invoice_id uuid REFERENCES invoices(id),
  kind text NOT NULL CHECK (kind IN ('invoice_change', 'billing_data', 'payment_deadline')),
  message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 2000),
  contact_email text NOT NULL CHECK (length(contact_email) <= 254),
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  ip text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  resolution text CHECK (length(resolution) <= 2000),
  closed_by uuid REFERENCES users(id),
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_requests_invoice CHECK (kind = 'billing_data' OR invoice_id IS NOT NULL),
  CONSTRAINT client_requests_closed CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX client_requests_queue ON client_requests (status, created_at);
CREATE INDEX client_requests_by_client ON client_requests (client_id, created_at);
