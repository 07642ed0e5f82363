-- How an invoice is settled besides payments: credit notes (full or partial) and write-offs. What remains
-- due is always total - paid - credited - written off, never below zero. The invoice guard keeps every
-- issued field frozen; these amounts and the status are its only moving parts.
ALTER TABLE invoices ADD COLUMN credited_cents bigint NOT NULL DEFAULT 0 CHECK (credited_cents >= 0);
ALTER TABLE invoices ADD COLUMN written_off_cents bigint NOT NULL DEFAULT 0 CHECK (written_off_cents >= 0);
UPDATE invoices SET credited_cents = total_incl_vat_cents WHERE status = 'credited';
ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_status_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_status_check
  CHECK (status IN ('issued', 'partially_paid', 'paid', 'credited', 'written_off'));
ALTER TABLE invoices ADD CONSTRAINT invoices_settled_within_total
  CHECK (kind = 'credit_note' OR paid_cents + credited_cents + written_off_cents <= total_incl_vat_cents);
ALTER TABLE invoices DROP CONSTRAINT invoices_one_credit_note;
CREATE INDEX invoices_credit_notes ON invoices (credits_invoice_id) WHERE credits_invoice_id IS NOT NULL;
