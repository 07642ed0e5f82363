-- Bank statements (ISO 20022 camt.053) and the reconciliation of what they report.
--
-- A file is imported once (its SHA-256 is unique) and whole (one transaction). Its statements are kept per
-- account and statement id; each booked entry becomes one or more transactions, identified across files by
-- a fingerprint (a monthly statement repeating the daily ones adds nothing). Each transaction is allocated:
-- to invoices or share subscriptions (payments received), to payment orders or payment files (payments
-- made), or to the suspense account while nobody knows what it is for; `open_cents` is what is still in
-- suspense. Allocations are append-only: a later manual match is a new allocation out of suspense.

CREATE TABLE bank_statement_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The entity whose staff imported the file (its statements carry their own account's entity).
  entity_id text NOT NULL REFERENCES entities(id),
  sha256 text NOT NULL,
  file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
  camt_version text NOT NULL,
  message_id text,
  statement_count int NOT NULL CHECK (statement_count >= 0),
  entry_count int NOT NULL CHECK (entry_count >= 0),
  transaction_count int NOT NULL CHECK (transaction_count >= 0),
  skipped_count int NOT NULL CHECK (skipped_count >= 0),
  matched_count int NOT NULL CHECK (matched_count >= 0),
  review_count int NOT NULL CHECK (review_count >= 0),
  imported_by uuid REFERENCES users(id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bank_statement_files_sha256_key UNIQUE (sha256)
);
CREATE INDEX bank_statement_files_recent ON bank_statement_files (imported_at DESC);
CREATE TRIGGER bank_statement_files_append_only BEFORE UPDATE OR DELETE ON bank_statement_files
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE bank_statements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The file is written last, once its counts are known: checked at commit.
  file_id uuid NOT NULL REFERENCES bank_statement_files(id) DEFERRABLE INITIALLY DEFERRED,
  entity_id text NOT NULL REFERENCES entities(id),
  account_iban text NOT NULL,
  currency char(3) NOT NULL,
  statement_id text NOT NULL,
  electronic_sequence text,
  legal_sequence text,
  bank_created_at text,
  from_date date,
  to_date date,
  opening_cents bigint,
  opening_date date,
  closing_cents bigint,
  closing_date date,
  entry_count int NOT NULL CHECK (entry_count >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bank_statements_account_statement UNIQUE (account_iban, statement_id)
);
CREATE INDEX bank_statements_by_file ON bank_statements (file_id);
CREATE TRIGGER bank_statements_append_only BEFORE UPDATE OR DELETE ON bank_statements
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

CREATE TABLE bank_transactions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  statement_id uuid NOT NULL REFERENCES bank_statements(id),
  entity_id text NOT NULL REFERENCES entities(id),
  account_iban text NOT NULL,
  -- Where it is in the statement: the entry's position, and the transaction's inside it (0: the whole entry).
  entry_no int NOT NULL,
  detail_no int NOT NULL,
  booking_date date NOT NULL,
  value_date date,
  direction text NOT NULL CHECK (direction IN ('credit', 'debit')),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  counterparty_name text,
  -- The payer's or beneficiary's account, encrypted like the people's IBANs, with its last four characters.
  counterparty_iban_enc text,
  counterparty_iban_last4 text,
  remittance_text text NOT NULL DEFAULT '',
  -- Valid payment references found (12 digits of a structured communication, or RF…).
  refs text[] NOT NULL DEFAULT '{}',
  end_to_end_id text,
  batch_id text,
  acct_svcr_ref text,
  fingerprint text NOT NULL,
  status text NOT NULL CHECK (status IN ('matched', 'partially_matched', 'unmatched', 'ignored')),
  -- What is still in the suspense account, waiting to be allocated.
  open_cents bigint NOT NULL CHECK (open_cents >= 0 AND open_cents <= amount_cents),
  note text,
  ignored_by uuid REFERENCES users(id),
  ignored_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bank_transactions_fingerprint_key UNIQUE (fingerprint),
  CONSTRAINT bank_transactions_matched_closed CHECK (status <> 'matched' OR open_cents = 0),
  CONSTRAINT bank_transactions_ignored_reason CHECK (status <> 'ignored' OR note IS NOT NULL)
);
CREATE INDEX bank_transactions_by_statement ON bank_transactions (statement_id);
CREATE INDEX bank_transactions_queue ON bank_transactions (entity_id, booking_date)
  WHERE status IN ('unmatched', 'partially_matched');

CREATE TABLE bank_allocations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  transaction_id uuid NOT NULL REFERENCES bank_transactions(id),
  entity_id text NOT NULL REFERENCES entities(id),
  -- 1, 2, … per transaction: with the fingerprint, the bank reference of the payment it records.
  line_no int NOT NULL CHECK (line_no >= 1),
  target_type text NOT NULL
    CHECK (target_type IN ('invoice', 'share_request', 'payment_order', 'payment_batch', 'suspense')),
  -- The invoice or share request id, the end-to-end id of a payment order, the payment information id of
  -- a payment file; none for the suspense account.
  target_id text,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  -- Which account gave the money: the bank (at import) or the suspense account (a later manual match).
  source text NOT NULL CHECK (source IN ('bank', 'suspense')),
  -- reference, amount_and_name, overpaid, unmatched, payment_order, payment_batch, manual, suggestion
  reason text NOT NULL,
  journal_entry_id uuid REFERENCES journal_entries(id),
  auto boolean NOT NULL,
  allocated_by uuid REFERENCES users(id),
  allocated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bank_allocations_line UNIQUE (transaction_id, line_no),
  CONSTRAINT bank_allocations_target CHECK ((target_type = 'suspense') = (target_id IS NULL))
);
CREATE INDEX bank_allocations_by_target ON bank_allocations (target_type, target_id);
CREATE TRIGGER bank_allocations_append_only BEFORE UPDATE OR DELETE ON bank_allocations
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
