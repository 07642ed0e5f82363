-- The Contract tool: clients, declarations (one invoice + one fixed-term employment contract each),
-- employment declarations, insurance cover, posting forms, invoices and credit notes, pay runs, payslips,
-- salary guarantee fund advances, adviser follow-up, client platforms declaring in bulk.

-- A new ledger account kind: what the salary guarantee fund advanced and the clients still owe it back.
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('activity_budget',
  'member_contract', 'client_receivables', 'vat_payable', 'fee_income', 'salary_guarantee_fund', 'social_aid_fund',
  'salaries_payable', 'employee_contributions_payable', 'employer_contributions_payable', 'withholding_tax_payable',
  'expenses_payable', 'bank', 'share_capital', 'suspense', 'guarantee_advances'));

-- Which adviser follows which person (member or occasional worker).
CREATE TABLE adviser_assignments (
  person_id uuid PRIMARY KEY REFERENCES people(id),
  adviser_id uuid NOT NULL REFERENCES users(id),
  assigned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX adviser_assignments_by_adviser ON adviser_assignments (adviser_id);

-- Clients of the cooperative, shared by every worker and entity: one row per enterprise (dedup_key),
-- persons are never merged.
CREATE TABLE clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('company', 'person', 'public_body')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  country char(2) NOT NULL,
  enterprise_number text,
  vat_number text,
  dedup_key text,
  peppol_id text,
  street text NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  email text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  payment_terms_days int NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 120),
  buyer_reference text,
  search_text text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT clients_dedup_unique UNIQUE (dedup_key),
  CONSTRAINT clients_person_has_no_key CHECK (kind <> 'person' OR dedup_key IS NULL)
);
CREATE INDEX clients_search ON clients USING gin (search_text gin_trgm_ops);
CREATE INDEX clients_created_by ON clients (created_by);

-- A client platform (bike couriers...) that declares prestations in bulk under an agreement: its API token
-- (hash only), the per-day minimum of paid hours and the minimum hourly pay it agreed, and its defaults.
CREATE TABLE platform_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL UNIQUE REFERENCES clients(id),
  entity_id text NOT NULL REFERENCES entities(id),
  job_code text NOT NULL,
  risks text[] NOT NULL,
  contract_type text NOT NULL,
  vat_treatment text NOT NULL,
  min_paid_centi_hours_per_day int NOT NULL CHECK (min_paid_centi_hours_per_day BETWEEN 0 AND 2400),
  min_hourly_gross_cents int NOT NULL CHECK (min_hourly_gross_cents >= 0),
  token_hash text NOT NULL UNIQUE,
  token_hint text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The workers who allowed a platform to declare their jobs.
CREATE TABLE platform_workers (
  agreement_id uuid NOT NULL REFERENCES platform_agreements(id),
  person_id uuid NOT NULL REFERENCES people(id),
  authorised_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, person_id)
);

-- A declaration of the Contract tool = one fixed-term employment contract (and its invoice).
CREATE TABLE contracts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL,
  person_id uuid NOT NULL REFERENCES people(id),
  client_id uuid NOT NULL REFERENCES clients(id),
  platform_agreement_id uuid REFERENCES platform_agreements(id),
  job_code text NOT NULL,
  description text NOT NULL CHECK (length(description) <= 500),
  country_of_work char(2) NOT NULL,
  risks text[] NOT NULL,
  contract_type text NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  day_count int NOT NULL CHECK (day_count BETWEEN 1 AND 31),
  total_centi_hours int NOT NULL CHECK (total_centi_hours > 0),
  amount_excl_vat_cents bigint NOT NULL CHECK (amount_excl_vat_cents > 0),
  vat_treatment text NOT NULL,
  vat_rate_bp int NOT NULL CHECK (vat_rate_bp >= 0),
  vat_cents bigint NOT NULL CHECK (vat_cents >= 0),
  withholding_rate_bp int NOT NULL,
  expenses_cents bigint NOT NULL CHECK (expenses_cents >= 0),
  fee_cents bigint NOT NULL,
  gross_cents bigint NOT NULL,
  employer_cost_cents bigint NOT NULL,
  net_cents bigint NOT NULL,
  -- The payroll breakdown computed at confirmation, frozen: the payslip prints it.
  breakdown jsonb NOT NULL,
  warnings jsonb NOT NULL DEFAULT '[]',
  pay_date date NOT NULL,
  status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'on_hold', 'paid', 'cancelled')),
  without_shares boolean NOT NULL DEFAULT false,
  hold_message text,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT contracts_reference_unique UNIQUE (entity_id, reference),
  CONSTRAINT contracts_days_order CHECK (last_day >= first_day),
  CONSTRAINT contracts_hold_message CHECK (status <> 'on_hold' OR hold_message IS NOT NULL)
);
CREATE INDEX contracts_by_person ON contracts (person_id, first_day DESC);
CREATE INDEX contracts_to_pay ON contracts (entity_id, pay_date) WHERE status IN ('declared', 'on_hold');
CREATE INDEX contracts_by_client ON contracts (client_id);
CREATE INDEX contracts_recent ON contracts (created_at DESC);

-- The days of a contract. A worker has at most one live contract on a day: the partial unique index holds
-- even when two declarations are confirmed at the same moment.
CREATE TABLE contract_days (
  contract_id uuid NOT NULL REFERENCES contracts(id),
  person_id uuid NOT NULL REFERENCES people(id),
  day date NOT NULL,
  centi_hours int NOT NULL CHECK (centi_hours BETWEEN 1 AND 2400),
  cancelled boolean NOT NULL DEFAULT false,
  PRIMARY KEY (contract_id, day)
);
CREATE UNIQUE INDEX contract_days_one_per_worker ON contract_days (person_id, day) WHERE NOT cancelled;

-- Every transition of a contract, with who and why (the history the worker and the adviser see).
CREATE TABLE contract_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contracts(id),
  action text NOT NULL CHECK (action IN ('declare', 'hold', 'release', 'cancel', 'correct', 'pay',
    'posting_submitted', 'posting_issued')),
  status_after text NOT NULL,
  message text,
  actor_id uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contract_events_by_contract ON contract_events (contract_id, at);
CREATE TRIGGER contract_events_append_only BEFORE UPDATE OR DELETE ON contract_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- The social-security declaration of employment (Dimona-style): made before the first day, cancelled with
-- the contract.
CREATE TABLE employment_declarations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL UNIQUE REFERENCES contracts(id),
  entity_id text NOT NULL REFERENCES entities(id),
  reference text NOT NULL UNIQUE,
  declaration_type text NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  planned_centi_hours int,
  status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'cancelled')),
  declared_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  CONSTRAINT employment_declarations_cancel CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);

-- Insurance cover recorded for each day worked (work accident and commuting on contract days).
CREATE TABLE insurance_cover (
  contract_id uuid NOT NULL REFERENCES contracts(id),
  day date NOT NULL,
  cover text NOT NULL CHECK (cover IN ('work_accident', 'mobility_abroad')),
  cancelled boolean NOT NULL DEFAULT false,
  PRIMARY KEY (contract_id, day, cover)
);

-- The A1 posting form requested when the work is done outside the employing entity's country.
CREATE TABLE posting_forms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL UNIQUE REFERENCES contracts(id),
  entity_id text NOT NULL REFERENCES entities(id),
  country char(2) NOT NULL,
  host_name text NOT NULL,
  street text NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'submitted', 'issued', 'cancelled')),
  a1_reference text,
  handled_by uuid REFERENCES users(id),
  handled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posting_forms_queue ON posting_forms (status, created_at);

-- Invoices and credit notes. Numbered when issued, gap-free per entity, kind and year; the issued
-- document (its view, from which the PDF is rendered identically) is frozen: only the payment state moves.
CREATE TABLE invoices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  number text NOT NULL,
  year int NOT NULL,
  sequence int NOT NULL CHECK (sequence >= 1),
  credits_invoice_id uuid REFERENCES invoices(id),
  contract_id uuid REFERENCES contracts(id),
  client_id uuid NOT NULL REFERENCES clients(id),
  person_id uuid REFERENCES people(id),
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  issue_date date NOT NULL,
  due_date date,
  total_excl_vat_cents bigint NOT NULL CHECK (total_excl_vat_cents > 0),
  total_vat_cents bigint NOT NULL CHECK (total_vat_cents >= 0),
  total_incl_vat_cents bigint NOT NULL,
  structured_reference text UNIQUE,
  document jsonb NOT NULL,
  journal_entry_id uuid NOT NULL,
  paid_cents bigint NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
  status text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'partially_paid', 'paid', 'credited')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT invoices_number_unique UNIQUE (entity_id, kind, year, sequence),
  CONSTRAINT invoices_number_text_unique UNIQUE (entity_id, number),
  CONSTRAINT invoices_totals CHECK (total_incl_vat_cents = total_excl_vat_cents + total_vat_cents),
  CONSTRAINT invoices_credit_link CHECK ((kind = 'credit_note') = (credits_invoice_id IS NOT NULL)),
  CONSTRAINT invoices_one_credit_note UNIQUE (credits_invoice_id)
);
CREATE INDEX invoices_by_contract ON invoices (contract_id);
CREATE INDEX invoices_by_client ON invoices (client_id, issue_date);
CREATE INDEX invoices_open ON invoices (entity_id, due_date) WHERE status IN ('issued', 'partially_paid');

-- Gap-free per entity, kind and year: number n exists only if n-1 does (the counter row is locked until
-- the previous issuer's transaction ends).
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
      NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.kind, OLD.number, OLD.year, OLD.sequence, OLD.credits_invoice_id,
      OLD.contract_id, OLD.client_id, OLD.person_id, OLD.language, OLD.issue_date, OLD.due_date,
      OLD.total_excl_vat_cents, OLD.total_vat_cents, OLD.total_incl_vat_cents, OLD.structured_reference,
      OLD.document, OLD.journal_entry_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'invoice % is issued: only its payment state may change', OLD.number USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoices_guard BEFORE INSERT OR UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_guard();

CREATE TABLE invoice_lines (
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  line_no int NOT NULL CHECK (line_no >= 1),
  description text NOT NULL,
  quantity_centi int NOT NULL CHECK (quantity_centi > 0),
  unit text NOT NULL CHECK (unit IN ('day', 'hour', 'unit')),
  unit_price_cents bigint NOT NULL,
  amount_excl_vat_cents bigint NOT NULL,
  vat_treatment text NOT NULL,
  vat_rate_bp int NOT NULL,
  vat_cents bigint NOT NULL,
  PRIMARY KEY (invoice_id, line_no)
);
CREATE TRIGGER invoice_lines_append_only BEFORE UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Payments received on an invoice (recorded by client service; the bank import will add them too).
CREATE TABLE invoice_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  paid_on date NOT NULL,
  bank_reference text NOT NULL UNIQUE,
  journal_entry_id uuid NOT NULL,
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_id);
CREATE TRIGGER invoice_payments_append_only BEFORE UPDATE OR DELETE ON invoice_payments
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- A pay run: the contracts of one entity whose pay date has come, paid together.
CREATE TABLE pay_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  pay_date date NOT NULL,
  contract_count int NOT NULL,
  gross_cents bigint NOT NULL,
  net_cents bigint NOT NULL,
  advanced_cents bigint NOT NULL,
  run_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER pay_runs_append_only BEFORE UPDATE OR DELETE ON pay_runs
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE payslips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  number text NOT NULL,
  contract_id uuid NOT NULL UNIQUE REFERENCES contracts(id),
  pay_run_id uuid NOT NULL REFERENCES pay_runs(id),
  person_id uuid NOT NULL REFERENCES people(id),
  pay_date date NOT NULL,
  gross_cents bigint NOT NULL,
  net_cents bigint NOT NULL,
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payslips_number_unique UNIQUE (entity_id, number)
);
CREATE INDEX payslips_by_person ON payslips (person_id, pay_date DESC);
CREATE TRIGGER payslips_append_only BEFORE UPDATE OR DELETE ON payslips
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- What the salary guarantee fund advanced for a contract whose client had not paid on the pay date, and
-- how much of it the client's payments gave back.
CREATE TABLE guarantee_advances (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  contract_id uuid NOT NULL UNIQUE REFERENCES contracts(id),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  reimbursed_cents bigint NOT NULL DEFAULT 0,
  journal_entry_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT guarantee_advances_reimbursed CHECK (reimbursed_cents BETWEEN 0 AND amount_cents)
);
CREATE INDEX guarantee_advances_open ON guarantee_advances (entity_id) WHERE reimbursed_cents < amount_cents;
CREATE INDEX guarantee_advances_by_invoice ON guarantee_advances (invoice_id);
