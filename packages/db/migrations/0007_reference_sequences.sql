-- Contract references, employment declaration references and the structured communications of invoices
-- must be unique, not gap-free: they come from plain sequences, which nobody waits for. Only the legal
-- document numbers (invoices, credit notes, payslips) and the journal entries stay gap-free counters, taken
-- as late as possible in their transaction (see docs/decisions.md).
CREATE SEQUENCE contract_reference_seq;
SELECT setval('contract_reference_seq', COALESCE((SELECT max(value) FROM counters WHERE name = 'contract'), 0) + 1, false);
CREATE SEQUENCE employment_declaration_seq;
SELECT setval('employment_declaration_seq', COALESCE((SELECT max(value) FROM counters WHERE name = 'employment_declaration'), 0) + 1, false);
CREATE SEQUENCE invoice_reference_seq;
SELECT setval('invoice_reference_seq', COALESCE((SELECT max(value) FROM counters WHERE name = 'invoice_reference'), 0) + 1, false);
