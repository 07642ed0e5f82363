-- Electronic invoices and their delivery. Every issued invoice and credit note gets its Peppol BIS
-- Billing 3.0 UBL document, built once at issue time and frozen here, and the way it reaches the client:
-- over the Peppol network (an access point), by e-mail (the PDF), or by post. The XML and who it was
-- meant for never change; the delivery's progress (status, attempts, the access point's message id) does.
CREATE TABLE invoice_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id uuid NOT NULL REFERENCES invoices(id),
  entity_id text NOT NULL REFERENCES entities(id),
  channel text NOT NULL CHECK (channel IN ('peppol', 'email', 'postal')),
  -- Peppol participant identifiers (`0208:0403170701`) of the sending entity and of the client.
  sender_id text,
  recipient_id text,
  -- E-mail or postal address the document goes to on the other channels.
  recipient_address text,
  status text NOT NULL DEFAULT 'stored' CHECK (status IN ('stored', 'sent', 'delivered', 'failed')),
  ubl_xml text NOT NULL CHECK (length(ubl_xml) > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text,
  access_point_message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  CONSTRAINT invoice_deliveries_peppol_ids CHECK (channel <> 'peppol' OR (sender_id IS NOT NULL AND recipient_id IS NOT NULL)),
  CONSTRAINT invoice_deliveries_sent CHECK (status NOT IN ('sent', 'delivered') OR sent_at IS NOT NULL)
);
CREATE INDEX invoice_deliveries_by_invoice ON invoice_deliveries (invoice_id, created_at);
-- The access point sender's queue: what is still to go over Peppol.
CREATE INDEX invoice_deliveries_to_send ON invoice_deliveries (created_at) WHERE channel = 'peppol' AND status = 'stored';

-- The document is written once: its hash is checked on the way in; afterwards only the delivery's progress
-- may move (status, attempts, last error, message id, sent_at), a delivered document stays delivered, and
-- nothing is ever deleted.
CREATE OR REPLACE FUNCTION invoice_deliveries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an invoice delivery is never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.sha256 <> encode(sha256(convert_to(NEW.ubl_xml, 'UTF8')), 'hex') THEN
      RAISE EXCEPTION 'the sha256 of the UBL document does not match its content' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.id, NEW.invoice_id, NEW.entity_id, NEW.channel, NEW.sender_id, NEW.recipient_id, NEW.recipient_address,
      NEW.ubl_xml, NEW.sha256, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.invoice_id, OLD.entity_id, OLD.channel, OLD.sender_id, OLD.recipient_id,
      OLD.recipient_address, OLD.ubl_xml, OLD.sha256, OLD.created_at) THEN
    RAISE EXCEPTION 'the UBL document of invoice delivery % is frozen: only its delivery status may change', OLD.id
      USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'delivered' AND NEW.status <> 'delivered' THEN
    RAISE EXCEPTION 'invoice delivery % was delivered: its status cannot go back', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoice_deliveries_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_deliveries
  FOR EACH ROW EXECUTE FUNCTION invoice_deliveries_guard();
