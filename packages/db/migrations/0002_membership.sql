-- Membership: people, consents, members, share requests, payments, decisions, register of members.

-- Versioned texts a newcomer consents to (data policy, internal rules, financial risk).
CREATE TABLE legal_texts (
  entity_id text NOT NULL REFERENCES entities(id),
  kind text NOT NULL CHECK (kind IN ('data_policy', 'internal_rules', 'financial_risk')),
  version int NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  title text NOT NULL,
  body text NOT NULL,
  effective_from date NOT NULL,
  PRIMARY KEY (entity_id, kind, version, language)
);

-- Natural and legal persons. NISS, foreign ID and IBAN are encrypted (AES-256-GCM); a keyed hash of
-- the NISS and foreign ID (HMAC-SHA-256) lets us find duplicates and search without decrypting.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  kind text NOT NULL CHECK (kind IN ('natural', 'legal')),
  user_id uuid UNIQUE REFERENCES users(id),
  first_name text,
  last_name text,
  birth_date date,
  gender text CHECK (gender IN ('female', 'male', 'x')),
  niss_enc text,
  niss_hash text,
  foreign_id_enc text,
  foreign_id_hash text,
  foreign_id_country char(2),
  legal_name text,
  enterprise_number text,
  vat_number text,
  representative_name text,
  representative_role text,
  street text NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  country char(2) NOT NULL,
  iban_enc text NOT NULL,
  iban_last4 text NOT NULL,
  email text NOT NULL,
  phone text,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  search_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT people_niss_unique UNIQUE (niss_hash),
  CONSTRAINT people_foreign_id_unique UNIQUE (foreign_id_hash),
  CONSTRAINT people_enterprise_unique UNIQUE (enterprise_number),
  CONSTRAINT people_natural CHECK (kind <> 'natural' OR (first_name IS NOT NULL AND last_name IS NOT NULL
    AND birth_date IS NOT NULL AND (niss_hash IS NOT NULL OR foreign_id_hash IS NOT NULL))),
  CONSTRAINT people_legal CHECK (kind <> 'legal' OR (legal_name IS NOT NULL AND enterprise_number IS NOT NULL
    AND representative_name IS NOT NULL))
);
CREATE INDEX people_search ON people USING gin (search_text gin_trgm_ops);

CREATE TABLE consents (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id),
  entity_id text NOT NULL,
  kind text NOT NULL,
  version int NOT NULL,
  language text NOT NULL,
  accepted_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (entity_id, kind, version, language) REFERENCES legal_texts (entity_id, kind, version, language)
);

-- A person's membership of one cooperative (the entity that keeps a register).
CREATE TABLE members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  person_id uuid NOT NULL REFERENCES people(id),
  member_number int,
  status text NOT NULL DEFAULT 'applicant' CHECK (status IN ('applicant', 'member', 'refused', 'resigned')),
  admitted_on date,
  left_on date,
  prestations_without_shares int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT members_person_unique UNIQUE (entity_id, person_id),
  CONSTRAINT members_number_unique UNIQUE (entity_id, member_number),
  CONSTRAINT members_number_when_member CHECK (status = 'applicant' OR status = 'refused' OR member_number IS NOT NULL)
);
CREATE INDEX members_status ON members (entity_id, status, member_number);
CREATE INDEX members_admitted ON members (entity_id, admitted_on);

-- A request about shares: first subscription, additional subscription, resignation, transfer.
CREATE TABLE share_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  member_id uuid NOT NULL REFERENCES members(id),
  kind text NOT NULL CHECK (kind IN ('subscription', 'additional', 'resignation', 'transfer')),
  category char(1) NOT NULL CHECK (category IN ('A', 'B', 'C')),
  quantity int NOT NULL CHECK (quantity > 0),
  unit_value_cents bigint NOT NULL CHECK (unit_value_cents > 0),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  to_member_id uuid REFERENCES members(id),
  structured_reference text UNIQUE,
  paid_cents bigint NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'completed', 'cancelled')),
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  CONSTRAINT share_requests_transfer_target CHECK ((kind = 'transfer') = (to_member_id IS NOT NULL))
);
CREATE INDEX share_requests_member ON share_requests (member_id, created_at);
CREATE INDEX share_requests_queue ON share_requests (entity_id, status, created_at);
-- One open request of a kind per member: a double click cannot create two.
CREATE UNIQUE INDEX share_requests_one_open ON share_requests (member_id, kind)
  WHERE status IN ('pending', 'approved');

-- Payments received for a subscription. `bank_reference` makes a bank-file import idempotent.
CREATE TABLE share_payments (
  id bigserial PRIMARY KEY,
  entity_id text NOT NULL REFERENCES entities(id),
  request_id uuid NOT NULL REFERENCES share_requests(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  paid_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('manual', 'bank')),
  bank_reference text UNIQUE,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX share_payments_request ON share_payments (request_id);

-- Decisions of the board (or an administrator acting for it). One decision per request.
CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  request_id uuid REFERENCES share_requests(id),
  subject text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  reason text,
  decided_on date NOT NULL,
  decided_by uuid NOT NULL REFERENCES users(id),
  acting_for_board boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decisions_one_per_request UNIQUE (request_id)
);

-- The register of members: numbered (gap-free per entity), append-only. Quantity is signed.
CREATE TABLE register_operations (
  entity_id text NOT NULL REFERENCES entities(id),
  line_no int NOT NULL,
  member_id uuid NOT NULL REFERENCES members(id),
  operation text NOT NULL CHECK (operation IN ('subscription', 'additional_subscription', 'transfer_in',
    'transfer_out', 'resignation')),
  category char(1) NOT NULL,
  quantity int NOT NULL CHECK (quantity <> 0),
  unit_value_cents bigint NOT NULL,
  amount_cents bigint NOT NULL,
  request_id uuid REFERENCES share_requests(id),
  decision_id uuid REFERENCES decisions(id),
  effective_on date NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity_id, line_no)
);
CREATE INDEX register_member ON register_operations (member_id, line_no);
CREATE TRIGGER register_append_only BEFORE UPDATE OR DELETE ON register_operations
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Shares held per member and category: a cache of the register, written in the same transaction as
-- each register line and checked against it (see `verifyHoldings`).
CREATE TABLE holdings (
  member_id uuid NOT NULL REFERENCES members(id),
  category char(1) NOT NULL,
  quantity int NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (member_id, category)
);

-- Approval of a financial year's accounts by the general assembly: refunds of resigned shares for that
-- year become payable, at the value per share it sets, never above nominal.
CREATE TABLE accounts_approvals (
  entity_id text NOT NULL REFERENCES entities(id),
  financial_year int NOT NULL,
  approved_on date NOT NULL,
  refund_ratio_bp int NOT NULL CHECK (refund_ratio_bp BETWEEN 0 AND 10000),
  recorded_by uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (entity_id, financial_year)
);

CREATE TABLE share_refunds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  request_id uuid NOT NULL UNIQUE REFERENCES share_requests(id),
  member_id uuid NOT NULL REFERENCES members(id),
  financial_year int NOT NULL,
  nominal_cents bigint NOT NULL,
  amount_cents bigint,
  status text NOT NULL DEFAULT 'awaiting_accounts' CHECK (status IN ('awaiting_accounts', 'payable', 'paid')),
  paid_on date,
  CONSTRAINT share_refunds_never_above_nominal CHECK (amount_cents IS NULL OR amount_cents <= nominal_cents)
);
