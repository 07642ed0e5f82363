-- Receivables: automatic reminders of unpaid invoices, the client-service collection queue (cases, contact
-- log, promises, payment plans, disputes, legal recovery), write-offs charged to the salary guarantee fund,
-- and the daily job runs shared by every server process.

-- The reminder schedule of each entity lives in its settings; entities saved before have the default
-- (friendly 7 days after the due date, second 21, formal notice 35, client service 45).
UPDATE entities SET settings = settings || jsonb_build_object('reminders', jsonb_build_object(
  'steps', jsonb_build_array(
    jsonb_build_object('kind', 'friendly', 'daysAfterDue', 7),
    jsonb_build_object('kind', 'second', 'daysAfterDue', 21),
    jsonb_build_object('kind', 'formal_notice', 'daysAfterDue', 35),
    jsonb_build_object('kind', 'handover', 'daysAfterDue', 45)),
  'promiseGraceDays', 3,
  'planGraceDays', 7))
WHERE NOT (settings ? 'reminders');

-- Every reminder e-mailed for an invoice: one per step of the schedule, whatever the number of runs or of
-- server processes. What it stated (amount due, interest, compensation) is kept as sent.
CREATE TABLE invoice_reminders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  entity_id text NOT NULL REFERENCES entities(id),
  step int NOT NULL CHECK (step BETWEEN 1 AND 8),
  kind text NOT NULL CHECK (kind IN ('friendly', 'second', 'formal_notice')),
  sent_on date NOT NULL,
  amount_due_cents bigint NOT NULL CHECK (amount_due_cents > 0),
  interest_cents bigint NOT NULL DEFAULT 0 CHECK (interest_cents >= 0),
  compensation_cents bigint NOT NULL DEFAULT 0 CHECK (compensation_cents >= 0),
  email_to text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'en', 'de')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT invoice_reminders_one_per_step UNIQUE (invoice_id, step)
);
CREATE INDEX invoice_reminders_by_entity ON invoice_reminders (entity_id, sent_on);
CREATE TRIGGER invoice_reminders_append_only BEFORE UPDATE OR DELETE ON invoice_reminders
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- One collection case per invoice in client service's queue, opened by the handover step of the schedule
-- or by hand. The status moves with the events below; the promise and the next action date are kept here
-- for the queue.
CREATE TABLE collection_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  invoice_id uuid NOT NULL UNIQUE REFERENCES invoices(id),
  client_id uuid NOT NULL REFERENCES clients(id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'promise', 'payment_plan', 'disputed', 'legal',
    'written_off', 'closed')),
  opened_by text NOT NULL CHECK (opened_by IN ('handover', 'staff')),
  assigned_to uuid REFERENCES users(id),
  opened_on date NOT NULL,
  next_action_on date,
  promised_on date,
  promise_until date,
  closed_on date,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT collection_cases_promise CHECK (status <> 'promise' OR (promised_on IS NOT NULL AND promise_until IS NOT NULL)),
  CONSTRAINT collection_cases_closed CHECK ((status IN ('written_off', 'closed')) = (closed_on IS NOT NULL))
);
CREATE INDEX collection_cases_queue ON collection_cases (entity_id, status, next_action_on);
CREATE INDEX collection_cases_by_client ON collection_cases (client_id);

-- The contact log of a case: append-only, every call, e-mail, letter, note, promise, plan, dispute, handover
-- to legal recovery, write-off and payment, with who and when.
CREATE TABLE collection_events (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES collection_cases(id),
  kind text NOT NULL CHECK (kind IN ('opened', 'call', 'email', 'letter', 'note', 'promise', 'promise_lapsed', 'plan',
    'plan_broken', 'plan_completed', 'dispute', 'dispute_resolved', 'legal', 'write_off', 'paid')),
  text text NOT NULL DEFAULT '' CHECK (length(text) <= 2000),
  promised_on date,
  amount_cents bigint,
  status_after text NOT NULL,
  occurred_on date NOT NULL,
  by_user uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX collection_events_by_case ON collection_events (case_id, id);
CREATE TRIGGER collection_events_append_only BEFORE UPDATE OR DELETE ON collection_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Payment plans: instalments summing to what was due when the plan was agreed. What the invoice received
-- since then (paid and credited above settled_at_start_cents) covers the instalments in order. At most one
-- active plan per invoice.
CREATE TABLE payment_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES collection_cases(id),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  entity_id text NOT NULL REFERENCES entities(id),
  total_cents bigint NOT NULL CHECK (total_cents > 0),
  settled_at_start_cents bigint NOT NULL CHECK (settled_at_start_cents >= 0),
  grace_days int NOT NULL CHECK (grace_days BETWEEN 0 AND 60),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'broken', 'completed', 'cancelled')),
  agreed_on date NOT NULL,
  ended_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_plans_ended CHECK ((status = 'active') = (ended_on IS NULL))
);
CREATE UNIQUE INDEX payment_plans_one_active ON payment_plans (invoice_id) WHERE status = 'active';

CREATE TABLE payment_plan_instalments (
  plan_id uuid NOT NULL REFERENCES payment_plans(id),
  seq int NOT NULL CHECK (seq BETWEEN 1 AND 12),
  due_on date NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  PRIMARY KEY (plan_id, seq)
);
CREATE TRIGGER payment_plan_instalments_append_only BEFORE UPDATE OR DELETE ON payment_plan_instalments
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- What the guarantee fund advanced and will never get back because the invoice was written off.
ALTER TABLE guarantee_advances ADD COLUMN written_off_cents bigint NOT NULL DEFAULT 0 CHECK (written_off_cents >= 0);
ALTER TABLE guarantee_advances ADD CONSTRAINT guarantee_advances_settled_within
  CHECK (reimbursed_cents + written_off_cents <= amount_cents);

-- Daily jobs (the reminder run): one row per job and day. The process that inserts the row runs the job;
-- the others see it and do nothing, so several server processes never run it twice.
CREATE TABLE job_runs (
  job text NOT NULL,
  run_on date NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  result jsonb,
  PRIMARY KEY (job, run_on)
);
