-- Ledger: accounts, journal entries, postings, authorised advances.
-- The vocabulary and the invariants I1-I11 are written in packages/domain/src/ledger/index.ts. The
-- application checks them first (to answer with a clear message); this schema enforces each one again,
-- whoever writes: postings are signed integer cents, POSITIVE = DEBIT, NEGATIVE = CREDIT.

-- The cooperative's calendar day (Brussels): the day an advance is valid on.
CREATE OR REPLACE FUNCTION ledger_today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Europe/Brussels')::date
$$;

-- Accounts. `balance_cents` is a cache of the sum of the account's postings (I6): it starts at zero and
-- only the postings trigger below moves it.
CREATE TABLE ledger_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$'),
  kind text NOT NULL CHECK (kind IN ('activity_budget', 'member_contract', 'client_receivables', 'vat_payable',
    'fee_income', 'salary_guarantee_fund', 'social_aid_fund', 'salaries_payable', 'employee_contributions_payable',
    'employer_contributions_payable', 'withholding_tax_payable', 'expenses_payable', 'bank', 'share_capital', 'suspense')),
  owner_type text CHECK (owner_type IN ('activity', 'member', 'client', 'bank')),
  owner_id text CHECK (owner_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,62}$'),
  name text CHECK (length(name) <= 200),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  debits_must_not_exceed_credits boolean NOT NULL DEFAULT false,
  credits_must_not_exceed_debits boolean NOT NULL DEFAULT false,
  balance_cents bigint NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ledger_accounts_code_unique UNIQUE (entity_id, code),
  CONSTRAINT ledger_accounts_entity_ref UNIQUE (id, entity_id),
  CONSTRAINT ledger_accounts_posting_ref UNIQUE (id, entity_id, currency),
  CONSTRAINT ledger_accounts_owner_pair CHECK ((owner_type IS NULL) = (owner_id IS NULL)),
  CONSTRAINT ledger_accounts_one_flag CHECK (NOT (debits_must_not_exceed_credits AND credits_must_not_exceed_debits)),
  CONSTRAINT ledger_accounts_balance_exact CHECK (balance_cents BETWEEN -9007199254740991 AND 9007199254740991)
);
-- One account per entity, kind, owner and currency: `accountFor` gets or creates it without races.
CREATE UNIQUE INDEX ledger_accounts_natural ON ledger_accounts (entity_id, kind, COALESCE(owner_type, ''), COALESCE(owner_id, ''), currency);
CREATE INDEX ledger_accounts_by_owner ON ledger_accounts (owner_type, owner_id);

-- An account opens at zero, is never deleted, and only its name may be edited. Its balance moves only
-- from the postings trigger (one trigger level down), never by a direct UPDATE.
CREATE OR REPLACE FUNCTION ledger_accounts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ledger account % cannot be deleted', OLD.code USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.balance_cents <> 0 THEN
      RAISE EXCEPTION 'ledger account % must open with a zero balance', NEW.code USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.id, NEW.entity_id, NEW.code, NEW.kind, NEW.owner_type, NEW.owner_id, NEW.currency,
      NEW.debits_must_not_exceed_credits, NEW.credits_must_not_exceed_debits, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.code, OLD.kind, OLD.owner_type, OLD.owner_id, OLD.currency,
      OLD.debits_must_not_exceed_credits, OLD.credits_must_not_exceed_debits, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'ledger account %: only the name may change', OLD.code USING ERRCODE = 'P0001';
  END IF;
  IF NEW.balance_cents <> OLD.balance_cents AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'the balance of ledger account % moves only with postings', OLD.code USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_accounts_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION ledger_accounts_guard();
CREATE TRIGGER ledger_accounts_no_truncate BEFORE TRUNCATE ON ledger_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

-- Authorised advances: an adviser lets a `debits_must_not_exceed_credits` account (an Activity budget)
-- go below zero, down to `limit_cents`, for a reason and a period. Revoked, never edited nor deleted.
-- Several active advances on one account: the largest limit applies.
CREATE TABLE ledger_advances (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL,
  account_id uuid NOT NULL,
  limit_cents bigint NOT NULL CHECK (limit_cents BETWEEN 1 AND 9007199254740991),
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
  granted_by uuid NOT NULL REFERENCES users(id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  revoke_reason text CHECK (length(revoke_reason) <= 1000),
  CONSTRAINT ledger_advances_account FOREIGN KEY (account_id, entity_id) REFERENCES ledger_accounts (id, entity_id),
  CONSTRAINT ledger_advances_period CHECK (valid_until >= valid_from),
  CONSTRAINT ledger_advances_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX ledger_advances_by_account ON ledger_advances (account_id, valid_until);

CREATE OR REPLACE FUNCTION ledger_advances_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'advances are revoked, never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM ledger_accounts WHERE id = NEW.account_id AND debits_must_not_exceed_credits) THEN
      RAISE EXCEPTION 'an advance needs an account that may not be overdrawn' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'ledger_advances_flagged_account';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
     OR (NEW.id, NEW.entity_id, NEW.account_id, NEW.limit_cents, NEW.reason, NEW.granted_by, NEW.granted_at, NEW.valid_from, NEW.valid_until)
        IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.account_id, OLD.limit_cents, OLD.reason, OLD.granted_by, OLD.granted_at, OLD.valid_from, OLD.valid_until) THEN
    RAISE EXCEPTION 'an advance can only be revoked, once' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_advances_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_advances
  FOR EACH ROW EXECUTE FUNCTION ledger_advances_guard();
CREATE TRIGGER ledger_advances_no_truncate BEFORE TRUNCATE ON ledger_advances
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

-- Journal entries, numbered 1, 2, 3... per entity (I10) through `counters` (name 'journal_entry').
-- `posting_count` is declared with the entry; the postings must then be exactly lines 1..posting_count,
-- which also means no posting can be added to an entry once it is committed (I8).
CREATE TABLE journal_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  number bigint NOT NULL CHECK (number >= 1),
  entry_date date NOT NULL,
  description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
  reference text CHECK (length(reference) <= 200),
  -- What made the entry: 'manual', 'reversal', and the later features' own names ('invoice', 'salary'...).
  source text NOT NULL DEFAULT 'manual' CHECK (source ~ '^[a-z][a-z0-9_.]{0,39}$'),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
  -- SHA-256 of the entry's content (domain `entryFingerprint`): same key, same content = same entry (I11).
  fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  posting_count int NOT NULL CHECK (posting_count BETWEEN 2 AND 1000),
  reverses_entry_id uuid,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT journal_entries_number_unique UNIQUE (entity_id, number),
  CONSTRAINT journal_entries_idempotency_unique UNIQUE (entity_id, idempotency_key),
  CONSTRAINT journal_entries_entity_ref UNIQUE (id, entity_id),
  CONSTRAINT journal_entries_reversed_once UNIQUE (reverses_entry_id),
  CONSTRAINT journal_entries_reverses_same_entity FOREIGN KEY (reverses_entry_id, entity_id)
    REFERENCES journal_entries (id, entity_id)
);
CREATE INDEX journal_entries_by_date ON journal_entries (entity_id, entry_date, number);

-- No gap (I10): entry n exists only if entry n-1 does. The counter row is locked until the previous
-- entry's transaction ends, so the previous entry is committed (visible) or its number was given back.
CREATE OR REPLACE FUNCTION journal_entries_gap_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.number > 1 AND NOT EXISTS (
    SELECT 1 FROM journal_entries WHERE entity_id = NEW.entity_id AND number = NEW.number - 1) THEN
    RAISE EXCEPTION 'journal entry number % of % would leave a gap', NEW.number, NEW.entity_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entries_gap_free';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER journal_entries_gap_free BEFORE INSERT ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION journal_entries_gap_free();

-- Postings: signed cents, never zero, exact (I1); the account's entity and currency (I4, by the
-- composite foreign keys).
CREATE TABLE postings (
  entry_id uuid NOT NULL,
  line_no int NOT NULL CHECK (line_no >= 1),
  entity_id text NOT NULL,
  account_id uuid NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents <> 0 AND amount_cents BETWEEN -9007199254740991 AND 9007199254740991),
  currency text NOT NULL,
  PRIMARY KEY (entry_id, line_no),
  CONSTRAINT postings_entry FOREIGN KEY (entry_id, entity_id) REFERENCES journal_entries (id, entity_id),
  CONSTRAINT postings_account_entity_currency FOREIGN KEY (account_id, entity_id, currency)
    REFERENCES ledger_accounts (id, entity_id, currency)
);
CREATE INDEX postings_by_account ON postings (account_id, entry_id);

-- A posting is one of the lines its entry declared (I8).
CREATE OR REPLACE FUNCTION postings_within_entry() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  declared int;
BEGIN
  SELECT posting_count INTO declared FROM journal_entries WHERE id = NEW.entry_id;
  IF declared IS NULL OR NEW.line_no > declared THEN
    RAISE EXCEPTION 'posting line % is not one of the lines of entry %', NEW.line_no, NEW.entry_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'postings_within_entry';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER postings_within_entry BEFORE INSERT ON postings
  FOR EACH ROW EXECUTE FUNCTION postings_within_entry();

-- Balances follow postings (I6) and flags hold (I7), at the end of each INSERT statement on postings,
-- on the net movement per account: an account moved in its flag's direction may not pass its limit
-- (the largest active advance, or zero). The application inserts an entry's postings in one statement.
CREATE OR REPLACE FUNCTION ledger_apply_postings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  WITH net AS (
    SELECT account_id, sum(amount_cents) AS amount FROM new_postings GROUP BY account_id
  ), moved AS (
    UPDATE ledger_accounts a SET balance_cents = a.balance_cents + net.amount
      FROM net WHERE a.id = net.account_id
    RETURNING a.id, a.code, a.balance_cents, net.amount,
      a.debits_must_not_exceed_credits AS debit_limited, a.credits_must_not_exceed_debits AS credit_limited
  )
  SELECT m.* INTO bad FROM moved m
   WHERE (m.debit_limited AND m.amount > 0 AND m.balance_cents > COALESCE(
           (SELECT max(v.limit_cents) FROM ledger_advances v
             WHERE v.account_id = m.id AND v.revoked_at IS NULL AND ledger_today() BETWEEN v.valid_from AND v.valid_until), 0))
      OR (m.credit_limited AND m.amount < 0 AND m.balance_cents < 0)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger account % would pass its limit (balance % cents)', bad.code, bad.balance_cents
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_accounts_flags';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER postings_apply AFTER INSERT ON postings REFERENCING NEW TABLE AS new_postings
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_apply_postings();

-- At commit (deferred): the entry has exactly its declared lines (I2, I8), balances in each currency
-- (I3), and a reversal negates its original line by line, dated no earlier (I9).
CREATE OR REPLACE FUNCTION journal_entries_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lines int;
  last_line int;
  unbalanced text;
  original journal_entries%ROWTYPE;
BEGIN
  SELECT count(*), max(line_no) INTO lines, last_line FROM postings WHERE entry_id = NEW.id;
  IF lines <> NEW.posting_count OR last_line IS DISTINCT FROM NEW.posting_count THEN
    RAISE EXCEPTION 'journal entry % of % has % postings, % declared', NEW.number, NEW.entity_id, lines, NEW.posting_count
      USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entries_complete';
  END IF;
  SELECT string_agg(currency || ' ' || total, ', ') INTO unbalanced FROM (
    SELECT currency, sum(amount_cents) AS total FROM postings WHERE entry_id = NEW.id
     GROUP BY currency HAVING sum(amount_cents) <> 0) t;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % of % does not balance: %', NEW.number, NEW.entity_id, unbalanced
      USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entries_balanced';
  END IF;
  IF NEW.reverses_entry_id IS NOT NULL THEN
    SELECT * INTO original FROM journal_entries WHERE id = NEW.reverses_entry_id;
    IF NEW.entry_date < original.entry_date OR NEW.posting_count <> original.posting_count OR EXISTS (
         SELECT line_no, account_id, amount_cents, currency FROM postings WHERE entry_id = NEW.id
         EXCEPT
         SELECT line_no, account_id, -amount_cents, currency FROM postings WHERE entry_id = original.id) THEN
      RAISE EXCEPTION 'journal entry % of % does not reverse entry %', NEW.number, NEW.entity_id, original.number
        USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entries_reversal';
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER journal_entries_check AFTER INSERT ON journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entries_check();

-- Append-only (I8).
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE ON postings
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON postings
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
