-- The Activity tool: a project budget that works like a small business inside the shared enterprise. It
-- sells (quotes, invoices), spends (expense claims, purchases), pays its participants' salaries, may carry
-- a permanent contract with smoothed income (CDI), borrows internally, and carries its budget over each year.
-- The rules are in packages/domain/src/activities (SOURCES.md there). Money moves only through the ledger;
-- these tables hold the documents and the decisions.

-- Two new ledger account kinds: what Activities owe the cooperative for internal loans and equipment
-- financing (an asset of the entity), and what the entity owes suppliers for approved purchases.
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('activity_budget',
  'member_contract', 'client_receivables', 'vat_payable', 'fee_income', 'salary_guarantee_fund', 'social_aid_fund',
  'salaries_payable', 'employee_contributions_payable', 'employer_contributions_payable', 'withholding_tax_payable',
  'expenses_payable', 'bank', 'share_capital', 'suspense', 'guarantee_advances', 'internal_loans', 'suppliers_payable'));

-- The Activity tool's settings per entity (thresholds, reserve months...): only what differs from the
-- platform defaults of `activitySettingsFor`.
CREATE TABLE activity_settings (
  entity_id text PRIMARY KEY REFERENCES entities(id),
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE activity_reference_seq;
CREATE SEQUENCE activity_document_seq;

CREATE TABLE activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 3 AND 120),
  description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
  job_family text NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'refused', 'active', 'closed')),
  opened_by uuid NOT NULL REFERENCES people(id),
  adviser_id uuid REFERENCES users(id),
  budget_account_id uuid REFERENCES ledger_accounts(id),
  refusal_reason text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  decided_by uuid REFERENCES users(id),
  closed_at timestamptz,
  search_text text NOT NULL,
  CONSTRAINT activities_active_has_budget CHECK (status NOT IN ('active', 'closed') OR budget_account_id IS NOT NULL),
  CONSTRAINT activities_refusal CHECK ((status = 'refused') = (refusal_reason IS NOT NULL))
);
CREATE INDEX activities_by_adviser ON activities (adviser_id, status);
CREATE INDEX activities_requested ON activities (requested_at) WHERE status = 'requested';
CREATE INDEX activities_search ON activities USING gin (search_text gin_trgm_ops);

-- Who takes part, with which rights. Removing someone keeps the row (the history), with `removed_at`.
CREATE TABLE activity_participants (
  activity_id uuid NOT NULL REFERENCES activities(id),
  person_id uuid NOT NULL REFERENCES people(id),
  administrator boolean NOT NULL DEFAULT false,
  rights text[] NOT NULL,
  invited_by uuid REFERENCES users(id),
  joined_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  PRIMARY KEY (activity_id, person_id),
  CONSTRAINT activity_participants_rights CHECK (rights <@ ARRAY['sell', 'spend', 'request_salary', 'manage']::text[])
);
CREATE INDEX activity_participants_by_person ON activity_participants (person_id) WHERE removed_at IS NULL;

-- The history of an Activity: every decision, document and change, with who did it. Append-only.
CREATE TABLE activity_events (
  id bigserial PRIMARY KEY,
  activity_id uuid NOT NULL REFERENCES activities(id),
  action text NOT NULL CHECK (action ~ '^[a-z][a-z_.]{1,60}$'),
  subject_type text,
  subject_id text,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  message text CHECK (char_length(message) <= 2000),
  actor_id uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_events_by_activity ON activity_events (activity_id, id DESC);
CREATE TRIGGER activity_events_append_only BEFORE UPDATE OR DELETE ON activity_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Notes of the adviser's meetings and calls: the history of each member's relation with the cooperative.
CREATE TABLE adviser_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people(id),
  activity_id uuid REFERENCES activities(id),
  kind text NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'note')),
  met_on date NOT NULL,
  body text NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 5000),
  author_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX adviser_notes_by_person ON adviser_notes (person_id, met_on DESC);
CREATE INDEX adviser_notes_by_activity ON adviser_notes (activity_id, met_on DESC) WHERE activity_id IS NOT NULL;
CREATE TRIGGER adviser_notes_append_only BEFORE UPDATE OR DELETE ON adviser_notes
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Quotes (devis). Lines and totals are frozen once sent; the client accepts or refuses through a link
-- (only the hash of its token is kept) or staff record the answer. Accepted once only.
CREATE TABLE activity_quotes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  number text NOT NULL UNIQUE,
  client_id uuid NOT NULL REFERENCES clients(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'refused', 'expired')),
  quote_date date NOT NULL,
  valid_until date NOT NULL,
  title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
  lines jsonb NOT NULL,
  totals jsonb NOT NULL,
  total_excl_vat_cents bigint NOT NULL CHECK (total_excl_vat_cents > 0),
  total_vat_cents bigint NOT NULL CHECK (total_vat_cents >= 0),
  total_incl_vat_cents bigint NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  token_hash text UNIQUE,
  sent_at timestamptz,
  answered_at timestamptz,
  answered_by text CHECK (answered_by IN ('client', 'staff', 'system')),
  answer_note text CHECK (char_length(answer_note) <= 1000),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_quotes_validity CHECK (valid_until >= quote_date),
  CONSTRAINT activity_quotes_totals CHECK (total_incl_vat_cents = total_excl_vat_cents + total_vat_cents),
  CONSTRAINT activity_quotes_answered CHECK ((status IN ('accepted', 'refused')) = (answered_at IS NOT NULL))
);
CREATE INDEX activity_quotes_by_activity ON activity_quotes (activity_id, created_at DESC);
CREATE INDEX activity_quotes_open ON activity_quotes (valid_until) WHERE status = 'sent';

-- A quote's lines never change once it left the building.
CREATE OR REPLACE FUNCTION activity_quotes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a quote is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status <> 'draft' AND (NEW.lines, NEW.totals, NEW.total_excl_vat_cents, NEW.total_vat_cents,
      NEW.valid_until, NEW.client_id, NEW.number, NEW.activity_id, NEW.title)
     IS DISTINCT FROM (OLD.lines, OLD.totals, OLD.total_excl_vat_cents, OLD.total_vat_cents,
      OLD.valid_until, OLD.client_id, OLD.number, OLD.activity_id, OLD.title) THEN
    RAISE EXCEPTION 'quote % was sent: its content is frozen', OLD.number USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'accepted' AND NEW.status <> 'accepted' THEN
    RAISE EXCEPTION 'quote % is accepted', OLD.number USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER activity_quotes_guard BEFORE UPDATE OR DELETE ON activity_quotes
  FOR EACH ROW EXECUTE FUNCTION activity_quotes_guard();

-- Invoices of an Activity: which Activity they credit, the quote they come from and their place in its
-- schedule (deposit, intermediate, final).
ALTER TABLE invoices ADD COLUMN activity_id uuid REFERENCES activities(id);
ALTER TABLE invoices ADD COLUMN quote_id uuid REFERENCES activity_quotes(id);
ALTER TABLE invoices ADD COLUMN schedule_kind text CHECK (schedule_kind IN ('deposit', 'intermediate', 'final'));
CREATE INDEX invoices_by_activity ON invoices (activity_id, issue_date) WHERE activity_id IS NOT NULL;
CREATE INDEX invoices_by_quote ON invoices (quote_id) WHERE quote_id IS NOT NULL;
-- The invoices of an Activity still waiting for their client: what the budget has not received yet.
CREATE INDEX invoices_open_by_activity ON invoices (activity_id)
  WHERE activity_id IS NOT NULL AND kind = 'invoice' AND status IN ('issued', 'partially_paid');

-- An account's postings with their amounts in the index: the budget of an Activity (thousands of postings
-- over the years) is summed from the index alone.
DROP INDEX postings_by_account;
CREATE INDEX postings_by_account ON postings (account_id, entry_id) INCLUDE (amount_cents);

-- The invoice guard, with the new columns frozen like the others.
CREATE OR REPLACE FUNCTION invoices_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an issued invoice is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.sequence > 1 AND NOT EXISTS (SELECT 1 FROM invoices WHERE entity_id = NEW.entity_id
        AND kind = NEW.kind AND year = NEW.year AND sequence = NEW.sequence - 1) THEN
      RAISE EXCEPTION 'invoice number % of % would leave a gap', NEW.number, NEW.entity_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_gap_free';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.id, NEW.entity_id, NEW.kind, NEW.number, NEW.year, NEW.sequence, NEW.credits_invoice_id, NEW.contract_id,
      NEW.client_id, NEW.person_id, NEW.language, NEW.issue_date, NEW.due_date, NEW.total_excl_vat_cents,
      NEW.total_vat_cents, NEW.total_incl_vat_cents, NEW.structured_reference, NEW.document, NEW.journal_entry_id,
      NEW.created_by, NEW.created_at, NEW.activity_id, NEW.quote_id, NEW.schedule_kind)
     IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.kind, OLD.number, OLD.year, OLD.sequence, OLD.credits_invoice_id,
      OLD.contract_id, OLD.client_id, OLD.person_id, OLD.language, OLD.issue_date, OLD.due_date,
      OLD.total_excl_vat_cents, OLD.total_vat_cents, OLD.total_incl_vat_cents, OLD.structured_reference,
      OLD.document, OLD.journal_entry_id, OLD.created_by, OLD.created_at, OLD.activity_id, OLD.quote_id,
      OLD.schedule_kind) THEN
    RAISE EXCEPTION 'invoice % is issued: only its payment state may change', OLD.number USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;

-- What each invoice, credit note and write-off did to an Activity's budget: its amount excluding VAT, the
-- mutualised fee, and the credit (amount − fee). Signed: a credit note or a write-off is negative.
-- `invoice_id` is the invoice the line is about (the credited invoice for a credit note or a write-off).
CREATE TABLE activity_sales (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  document_id uuid NOT NULL REFERENCES invoices(id),
  kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'write_off')),
  sale_date date NOT NULL,
  amount_excl_vat_cents bigint NOT NULL,
  fee_cents bigint NOT NULL,
  credit_cents bigint NOT NULL,
  journal_entry_id uuid NOT NULL REFERENCES journal_entries(id),
  CONSTRAINT activity_sales_split CHECK (fee_cents + credit_cents = amount_excl_vat_cents)
);
CREATE INDEX activity_sales_by_activity ON activity_sales (activity_id, sale_date);
CREATE INDEX activity_sales_by_invoice ON activity_sales (invoice_id);
-- Tells a budget posting made by a sale from the others (salaries, expenses...), and what each document
-- brought to the budget (the lists of an Activity's invoices).
CREATE INDEX activity_sales_by_entry ON activity_sales (journal_entry_id);
CREATE INDEX activity_sales_by_document ON activity_sales (document_id);
CREATE TRIGGER activity_sales_append_only BEFORE UPDATE OR DELETE ON activity_sales
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Receipts and supplier invoices: a photo or a PDF, checked on its first bytes, kept with its hash.
CREATE TABLE activity_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  file_name text CHECK (char_length(file_name) <= 200),
  size_bytes int NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_files_size CHECK (octet_length(bytes) = size_bytes)
);
CREATE INDEX activity_files_by_activity ON activity_files (activity_id);
CREATE TRIGGER activity_files_append_only BEFORE UPDATE OR DELETE ON activity_files
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Spending that waits for approval before money moves: expense claims, purchases (supplier invoices) and
-- salary requests share the approval route (`route`: the steps, fixed when submitted) and status.
CREATE TABLE activity_expense_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES people(id),
  lines jsonb NOT NULL,
  claimed_cents bigint NOT NULL CHECK (claimed_cents > 0),
  recoverable_vat_cents bigint NOT NULL CHECK (recoverable_vat_cents >= 0),
  budget_cost_cents bigint NOT NULL CHECK (budget_cost_cents >= 0),
  route text[] NOT NULL,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'refused')),
  submitted_on date NOT NULL,
  decided_at timestamptz,
  refusal_reason text,
  journal_entry_id uuid REFERENCES journal_entries(id),
  payment_order_id uuid REFERENCES payment_orders(id),
  submitted_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_expense_claims_cost CHECK (claimed_cents = budget_cost_cents + recoverable_vat_cents),
  CONSTRAINT activity_expense_claims_approved CHECK ((status = 'approved') = (journal_entry_id IS NOT NULL))
);
CREATE INDEX activity_expense_claims_by_activity ON activity_expense_claims (activity_id, created_at DESC);
CREATE INDEX activity_expense_claims_waiting ON activity_expense_claims (activity_id) WHERE status = 'submitted';

CREATE TABLE activity_purchases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES people(id),
  supplier_name text NOT NULL,
  supplier_iban text NOT NULL,
  supplier_invoice_number text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  investment boolean NOT NULL DEFAULT false,
  invoice_date date NOT NULL,
  due_date date NOT NULL,
  amount_excl_vat_cents bigint NOT NULL CHECK (amount_excl_vat_cents > 0),
  vat_cents bigint NOT NULL CHECK (vat_cents >= 0),
  total_incl_vat_cents bigint NOT NULL,
  recoverable_vat_cents bigint NOT NULL CHECK (recoverable_vat_cents >= 0),
  budget_cost_cents bigint NOT NULL CHECK (budget_cost_cents >= 0),
  file_id uuid NOT NULL REFERENCES activity_files(id),
  route text[] NOT NULL,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'refused')),
  submitted_on date NOT NULL,
  decided_at timestamptz,
  refusal_reason text,
  journal_entry_id uuid REFERENCES journal_entries(id),
  payment_order_id uuid REFERENCES payment_orders(id),
  submitted_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_purchases_total CHECK (total_incl_vat_cents = amount_excl_vat_cents + vat_cents),
  CONSTRAINT activity_purchases_cost CHECK (total_incl_vat_cents = budget_cost_cents + recoverable_vat_cents),
  CONSTRAINT activity_purchases_approved CHECK ((status = 'approved') = (journal_entry_id IS NOT NULL))
);
CREATE INDEX activity_purchases_by_activity ON activity_purchases (activity_id, created_at DESC);
-- The same supplier invoice is paid once.
CREATE UNIQUE INDEX activity_purchases_once ON activity_purchases (entity_id, supplier_iban, supplier_invoice_number)
  WHERE status <> 'refused';

-- A salary asked for days of work, paid from the budget once approved: it then becomes a contract of the
-- Contract tool's table (with its employment declaration and insurance), paid by the pay run.
CREATE TABLE activity_salary_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES people(id),
  input jsonb NOT NULL,
  mode text NOT NULL CHECK (mode IN ('gross', 'net')),
  first_day date NOT NULL,
  last_day date NOT NULL,
  gross_cents bigint NOT NULL CHECK (gross_cents > 0),
  net_cents bigint NOT NULL,
  employer_cost_cents bigint NOT NULL CHECK (employer_cost_cents > 0),
  breakdown jsonb NOT NULL,
  route text[] NOT NULL,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'refused', 'cancelled')),
  submitted_on date NOT NULL,
  decided_at timestamptz,
  refusal_reason text,
  contract_id uuid,
  submitted_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Approved: its contract exists; cancelled: the contract was cancelled and the cost went back to the budget.
  CONSTRAINT activity_salary_requests_contract CHECK (CASE status WHEN 'approved' THEN contract_id IS NOT NULL
    WHEN 'cancelled' THEN contract_id IS NOT NULL ELSE contract_id IS NULL END)
);
CREATE INDEX activity_salary_requests_by_activity ON activity_salary_requests (activity_id, created_at DESC);

-- Every decision on a step of an approval route (who, which step, approve or refuse, why). Append-only.
CREATE TABLE activity_approvals (
  id bigserial PRIMARY KEY,
  activity_id uuid NOT NULL REFERENCES activities(id),
  subject_type text NOT NULL CHECK (subject_type IN ('expense_claim', 'purchase', 'salary_request')),
  subject_id uuid NOT NULL,
  step text NOT NULL CHECK (step IN ('activity', 'staff')),
  decision text NOT NULL CHECK (decision IN ('approve', 'refuse')),
  decided_by uuid NOT NULL REFERENCES users(id),
  person_id uuid REFERENCES people(id),
  reason text,
  at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_approvals_one_per_step UNIQUE (subject_type, subject_id, step)
);
CREATE INDEX activity_approvals_by_subject ON activity_approvals (subject_type, subject_id);
CREATE TRIGGER activity_approvals_append_only BEFORE UPDATE OR DELETE ON activity_approvals
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Contracts paid from an Activity's budget have no client and no invoice.
ALTER TABLE contracts ADD COLUMN activity_id uuid REFERENCES activities(id);
ALTER TABLE contracts ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE contracts ADD CONSTRAINT contracts_client_or_activity
  CHECK ((client_id IS NULL) <> (activity_id IS NULL));
CREATE INDEX contracts_by_activity ON contracts (activity_id) WHERE activity_id IS NOT NULL;
ALTER TABLE activity_salary_requests ADD CONSTRAINT activity_salary_requests_contract_ref
  FOREIGN KEY (contract_id) REFERENCES contracts(id);

-- Permanent contracts with smoothed income paid from an Activity's budget: a monthly salary set by an
-- adviser, with its reserve; each month's salary is a payslip of its own.
CREATE TABLE activity_cdis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES people(id),
  contract_type text NOT NULL,
  work_time_bp int NOT NULL CHECK (work_time_bp BETWEEN 1 AND 10000),
  start_month date NOT NULL CHECK (extract(day FROM start_month) = 1),
  end_month date CHECK (end_month IS NULL OR extract(day FROM end_month) = 1),
  monthly_gross_cents bigint NOT NULL CHECK (monthly_gross_cents > 0),
  monthly_employer_cost_cents bigint NOT NULL CHECK (monthly_employer_cost_cents > 0),
  monthly_net_cents bigint NOT NULL,
  breakdown jsonb NOT NULL,
  estimate jsonb,
  reserve_months int NOT NULL CHECK (reserve_months BETWEEN 0 AND 24),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  set_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  CONSTRAINT activity_cdis_end CHECK ((status = 'ended') = (ended_at IS NOT NULL))
);
-- One live CDI per person.
CREATE UNIQUE INDEX activity_cdis_one_live ON activity_cdis (person_id) WHERE status = 'active';
CREATE INDEX activity_cdis_by_activity ON activity_cdis (activity_id);

CREATE TABLE activity_cdi_payslips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cdi_id uuid NOT NULL REFERENCES activity_cdis(id),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  number text NOT NULL,
  person_id uuid NOT NULL REFERENCES people(id),
  pay_date date NOT NULL,
  gross_cents bigint NOT NULL,
  net_cents bigint NOT NULL,
  employer_cost_cents bigint NOT NULL,
  document jsonb NOT NULL,
  journal_entry_id uuid NOT NULL REFERENCES journal_entries(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_cdi_payslips_once UNIQUE (cdi_id, month),
  CONSTRAINT activity_cdi_payslips_number UNIQUE (entity_id, number)
);
CREATE INDEX activity_cdi_payslips_by_activity ON activity_cdi_payslips (activity_id, month);
CREATE TRIGGER activity_cdi_payslips_append_only BEFORE UPDATE OR DELETE ON activity_cdi_payslips
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
ALTER TABLE payment_orders DROP CONSTRAINT payment_orders_source_type_check;
ALTER TABLE payment_orders ADD CONSTRAINT payment_orders_source_type_check
  CHECK (source_type IN ('payslip', 'share_refund', 'supplier_invoice', 'expense_claim', 'cdi_payslip'));

-- Internal financing: a 0 % loan or an equipment financing, requested by the Activity's administrator and
-- decided by staff; the principal is credited to the budget, the fee and the monthly instalments are taken
-- from it.
CREATE TABLE activity_financings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL REFERENCES activities(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('loan', 'equipment')),
  principal_cents bigint NOT NULL CHECK (principal_cents > 0),
  months int NOT NULL CHECK (months BETWEEN 1 AND 120),
  first_due_date date NOT NULL,
  purpose text NOT NULL,
  arrangement_fee_cents bigint NOT NULL CHECK (arrangement_fee_cents >= 0),
  arrangement_fee_rate_bp int NOT NULL,
  arrangement_fee_source text NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'granted', 'refused', 'repaid')),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  refusal_reason text,
  journal_entry_id uuid REFERENCES journal_entries(id),
  CONSTRAINT activity_financings_granted CHECK ((status IN ('granted', 'repaid')) = (journal_entry_id IS NOT NULL))
);
CREATE INDEX activity_financings_by_activity ON activity_financings (activity_id);

CREATE TABLE activity_financing_instalments (
  financing_id uuid NOT NULL REFERENCES activity_financings(id),
  number int NOT NULL CHECK (number >= 1),
  due_date date NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  paid_on date,
  journal_entry_id uuid REFERENCES journal_entries(id),
  PRIMARY KEY (financing_id, number),
  CONSTRAINT activity_financing_instalments_paid CHECK ((paid_on IS NULL) = (journal_entry_id IS NULL))
);
CREATE INDEX activity_financing_instalments_due ON activity_financing_instalments (due_date) WHERE paid_on IS NULL;

-- Year end: the statement of each closed year, frozen, and the budget carried over to the next year.
CREATE TABLE activity_year_ends (
  activity_id uuid NOT NULL REFERENCES activities(id),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  statement jsonb NOT NULL,
  carried_over_cents bigint NOT NULL,
  closed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (activity_id, year)
);
CREATE TRIGGER activity_year_ends_append_only BEFORE UPDATE OR DELETE ON activity_year_ends
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
