-- Outgoing payments: payment orders (salaries, expenses, share refunds, suppliers) exported as SEPA credit
-- transfer files (pain.001.001.09) and marked paid when the bank statement confirms them.
--
-- An order is created where the money becomes due (pay run, share refund); the payable it clears stays
-- open until the bank confirms the transfer: then one journal entry debits the payable(s) and credits the
-- bank. The beneficiary's IBAN is stored encrypted like the people's (AES-256-GCM, `iban_enc`), with its
-- last four characters to show.

-- End-to-end ids and file ids must be unique, not gap-free: plain sequences nobody waits for.
CREATE SEQUENCE payment_order_ref_seq;
CREATE SEQUENCE payment_batch_ref_seq;

-- A SEPA file as it was given to the bank. Its XML is frozen: only its confirmation status moves.
CREATE TABLE payment_batches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  message_id text NOT NULL UNIQUE CHECK (char_length(message_id) BETWEEN 1 AND 35),
  debtor_iban text NOT NULL,
  number_of_transactions int NOT NULL CHECK (number_of_transactions > 0),
  control_sum_cents bigint NOT NULL CHECK (control_sum_cents > 0),
  xml text NOT NULL,
  sha256 text NOT NULL,
  status text NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'partially_confirmed', 'confirmed')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_batches_by_entity ON payment_batches (entity_id, created_at DESC);

-- One payment information block (PmtInf) per requested execution date of a file. A bank that books the
-- block as one debit reports its PmtInfId: the block is confirmed as a whole when the amount equals its
-- control sum.
CREATE TABLE payment_batch_blocks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  batch_id uuid NOT NULL REFERENCES payment_batches(id),
  entity_id text NOT NULL REFERENCES entities(id),
  payment_information_id text NOT NULL UNIQUE CHECK (char_length(payment_information_id) BETWEEN 1 AND 35),
  requested_execution_date date NOT NULL,
  number_of_transactions int NOT NULL CHECK (number_of_transactions > 0),
  control_sum_cents bigint NOT NULL CHECK (control_sum_cents > 0),
  status text NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'partially_confirmed', 'confirmed')),
  journal_entry_id uuid,
  CONSTRAINT payment_batch_blocks_one_date UNIQUE (batch_id, requested_execution_date)
);

CREATE OR REPLACE FUNCTION payment_batches_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an exported payment file is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.id, NEW.entity_id, NEW.message_id, NEW.debtor_iban, NEW.number_of_transactions, NEW.control_sum_cents,
      NEW.xml, NEW.sha256, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.message_id, OLD.debtor_iban, OLD.number_of_transactions,
      OLD.control_sum_cents, OLD.xml, OLD.sha256, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'payment file % is exported: only its status may change', OLD.message_id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER payment_batches_guard BEFORE UPDATE OR DELETE ON payment_batches
  FOR EACH ROW EXECUTE FUNCTION payment_batches_guard();

CREATE OR REPLACE FUNCTION payment_batch_blocks_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a payment information block is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.id, NEW.batch_id, NEW.entity_id, NEW.payment_information_id, NEW.requested_execution_date,
      NEW.number_of_transactions, NEW.control_sum_cents)
     IS DISTINCT FROM (OLD.id, OLD.batch_id, OLD.entity_id, OLD.payment_information_id, OLD.requested_execution_date,
      OLD.number_of_transactions, OLD.control_sum_cents) THEN
    RAISE EXCEPTION 'payment information % is exported: only its status may change', OLD.payment_information_id
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER payment_batch_blocks_guard BEFORE UPDATE OR DELETE ON payment_batch_blocks
  FOR EACH ROW EXECUTE FUNCTION payment_batch_blocks_guard();

-- An order to pay one beneficiary. `source_type`/`source_id` name what made it due (a payslip, a share
-- refund); a source has at most one live order (a returned transfer frees it for a new one).
CREATE TABLE payment_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id text NOT NULL REFERENCES entities(id),
  kind text NOT NULL CHECK (kind IN ('salary', 'expenses', 'share_refund', 'supplier')),
  source_type text NOT NULL CHECK (source_type IN ('payslip', 'share_refund', 'supplier_invoice')),
  source_id text NOT NULL,
  person_id uuid REFERENCES people(id),
  beneficiary_name text NOT NULL CHECK (char_length(beneficiary_name) BETWEEN 1 AND 140),
  iban_enc text NOT NULL,
  iban_last4 text NOT NULL,
  bic text CHECK (bic IS NULL OR bic ~ '^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
  remittance text NOT NULL CHECK (char_length(remittance) BETWEEN 1 AND 140
    AND remittance ~ '^[A-Za-z0-9/?:().,''+ -]+$'),
  end_to_end_id text NOT NULL UNIQUE CHECK (char_length(end_to_end_id) BETWEEN 1 AND 35
    AND end_to_end_id ~ '^[A-Za-z0-9/?:().,''+-]+$' AND end_to_end_id !~ '^/|/$|//'),
  purpose text CHECK (purpose IS NULL OR purpose ~ '^[A-Z]{4}$'),
  requested_execution_date date NOT NULL,
  -- The payable account the payment clears (salaries payable, share capital...). When the order clears
  -- several accounts (net salary and expenses of one payslip), each part is in payment_order_settlements.
  settle_account_id uuid NOT NULL REFERENCES ledger_accounts(id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'exported', 'paid', 'returned')),
  batch_id uuid REFERENCES payment_batches(id),
  block_id uuid REFERENCES payment_batch_blocks(id),
  journal_entry_id uuid REFERENCES journal_entries(id),
  bank_transaction_id text,
  booked_on date,
  return_entry_id uuid REFERENCES journal_entries(id),
  return_bank_transaction_id text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  exported_at timestamptz,
  paid_at timestamptz,
  returned_at timestamptz,
  CONSTRAINT payment_orders_exported_in_batch CHECK (status = 'pending' OR (batch_id IS NOT NULL AND block_id IS NOT NULL)),
  CONSTRAINT payment_orders_paid_entry CHECK (status NOT IN ('paid', 'returned')
    OR (journal_entry_id IS NOT NULL AND paid_at IS NOT NULL AND booked_on IS NOT NULL)),
  CONSTRAINT payment_orders_returned_entry CHECK ((status = 'returned') = (return_entry_id IS NOT NULL))
);
CREATE UNIQUE INDEX payment_orders_one_live_per_source ON payment_orders (source_type, source_id)
  WHERE status <> 'returned';
CREATE INDEX payment_orders_pending ON payment_orders (entity_id, requested_execution_date) WHERE status = 'pending';
CREATE INDEX payment_orders_by_block ON payment_orders (block_id);
CREATE INDEX payment_orders_by_person ON payment_orders (person_id, created_at DESC);

-- What each order clears, per payable account; the parts add up to the order's amount.
CREATE TABLE payment_order_settlements (
  order_id uuid NOT NULL REFERENCES payment_orders(id),
  line_no int NOT NULL CHECK (line_no >= 1),
  account_id uuid NOT NULL REFERENCES ledger_accounts(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  PRIMARY KEY (order_id, line_no)
);
CREATE TRIGGER payment_order_settlements_append_only BEFORE UPDATE OR DELETE ON payment_order_settlements
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- What the beneficiary is paid, who and how much never change once ordered; the IBAN and BIC may be corrected
-- while the order waits (a wrong account found at export), never after.
CREATE OR REPLACE FUNCTION payment_orders_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a payment order is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.id, NEW.entity_id, NEW.kind, NEW.source_type, NEW.source_id, NEW.person_id, NEW.beneficiary_name,
      NEW.amount_cents, NEW.currency, NEW.remittance, NEW.end_to_end_id, NEW.purpose, NEW.settle_account_id,
      NEW.created_by, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.entity_id, OLD.kind, OLD.source_type, OLD.source_id, OLD.person_id,
      OLD.beneficiary_name, OLD.amount_cents, OLD.currency, OLD.remittance, OLD.end_to_end_id, OLD.purpose,
      OLD.settle_account_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'payment order %: only its account, date and status may change', OLD.end_to_end_id
      USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status <> 'pending' AND (NEW.iban_enc, NEW.iban_last4, NEW.bic, NEW.requested_execution_date)
     IS DISTINCT FROM (OLD.iban_enc, OLD.iban_last4, OLD.bic, OLD.requested_execution_date) THEN
    RAISE EXCEPTION 'payment order % is %: its account is frozen', OLD.end_to_end_id, OLD.status
      USING ERRCODE = 'P0001';
  END IF;
  IF NOT ((OLD.status = NEW.status) OR (OLD.status = 'pending' AND NEW.status = 'exported')
       OR (OLD.status = 'exported' AND NEW.status = 'paid') OR (OLD.status = 'paid' AND NEW.status = 'returned')) THEN
    RAISE EXCEPTION 'payment order %: % cannot become %', OLD.end_to_end_id, OLD.status, NEW.status
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER payment_orders_guard BEFORE UPDATE OR DELETE ON payment_orders
  FOR EACH ROW EXECUTE FUNCTION payment_orders_guard();
