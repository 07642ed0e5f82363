import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { translator } from '@partage/domain';
import { startHarness, type Harness, type HttpClient } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { amountDue, type InvoiceRow } from '../invoicing/queries.ts';
import { clientAccessLink } from './access-link.ts';
import { MAX_UNKNOWN_PER_IP, withoutAccessToken } from './access-log.ts';

let h: Harness;
/** The demo's French-speaking theatre and Dutch-speaking city department. */
let theatre: string;
let city: string;
let theatreLink: string;

const tokenOf = (link: string) => link.slice(link.lastIndexOf('/c/') + 3);
const page = (client: HttpClient, link: string, rest = '') =>
  client.get(`/api/v1/client-access/${tokenOf(link)}${rest}`);

async function as(email: string, language = 'en'): Promise<HttpClient> {
  const client = h.client(language);
  expect((await client.login(email, DEMO_PASSWORD)).status).toBe(200);
  return client;
}

async function clientNamed(name: string): Promise<string> {
  const { rows } = await h.server.ctx.db.query<{ id: string }>('SELECT id FROM clients WHERE name = $1', [
    name,
  ]);
  return rows[0]!.id;
}

async function invoicesOf(clientId: string): Promise<InvoiceRow[]> {
  const { rows } = await h.server.ctx.db.query<InvoiceRow>(
    'SELECT * FROM invoices WHERE client_id = $1 ORDER BY issue_date',
    [clientId],
  );
  return rows;
}

async function count(table: string): Promise<number> {
  const { rows } = await h.server.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

async function download(client: HttpClient, link: string, invoiceId: string, what: string) {
  return client.raw('GET', `/api/v1/client-access/${tokenOf(link)}/invoices/${invoiceId}/${what}`);
}

beforeAll(async () => {
  h = await startHarness();
  theatre = await clientNamed('Compagnie du Vent ASBL');
  city = await clientNamed('Stad Gent – Cultuurdienst');
  theatreLink = await clientAccessLink(h.server.ctx.db, h.config, theatre);
});
afterAll(async () => {
  await h?.close();
});

describe("the link to a client's page", () => {
  it('is the same in every invoice e-mail of the client and on every call, unguessable and not stored', async () => {
    expect(theatreLink).toMatch(new RegExp(`^${h.config.publicUrl}/c/[A-Za-z0-9_-]{43}$`));
    expect(await clientAccessLink(h.server.ctx.db, h.config, theatre)).toBe(theatreLink);
    const cityLink = await clientAccessLink(h.server.ctx.db, h.config, city);
    expect(tokenOf(cityLink)).not.toBe(tokenOf(theatreLink));

    // The demo declarations sent the theatre several invoices: each e-mail carries the same link.
    const { rows: mails } = await h.server.ctx.db.query<{ body: string }>(
      `SELECT body FROM outbox_emails WHERE template = 'invoice_issued' AND to_address = 'factures@compagnieduvent.example'`,
    );
    expect(mails.length).toBeGreaterThanOrEqual(3);
    const tokens = new Set(mails.map((m) => m.body.match(/\/c\/([A-Za-z0-9_-]{43})/)![1]));
    expect([...tokens]).toEqual([tokenOf(theatreLink)]);
    expect(mails[0]!.body).toContain('Voir vos factures et payer');

    // Only a hash of the token is kept.
    const { rows } = await h.server.ctx.db.query<{ row: string }>(
      'SELECT row_to_json(a)::text AS row FROM client_access a',
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.row.includes(tokenOf(theatreLink)))).toBe(false);
  });

  it('needs a client that exists', async () => {
    await expect(clientAccessLink(h.server.ctx.db, h.config, randomUUID())).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('keeps the token out of the request logs', () => {
    expect(withoutAccessToken(`/api/v1/client-access/${tokenOf(theatreLink)}/invoices/x/pdf`)).toBe(
      '/api/v1/client-access/[token]/invoices/x/pdf',
    );
    expect(withoutAccessToken(`/c/${tokenOf(theatreLink)}?lang=nl`)).toBe('/c/[token]?lang=nl');
    expect(withoutAccessToken('/api/v1/clients/123/access-link')).toBe('/api/v1/clients/123/access-link');
  });
});

describe("the client's page", () => {
  it("shows the client's invoices, what it owes, what is overdue and how to pay, and nothing of other clients", async () => {
    const visitor = h.client('fr');
    const reply = await page(visitor, theatreLink);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    const body = reply.body;
    expect(body.client).toMatchObject({ name: 'Compagnie du Vent ASBL', language: 'fr' });

    const own = await invoicesOf(theatre);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(new Set(body.documents.map((d: { id: string }) => d.id))).toEqual(new Set(own.map((r) => r.id)));

    const today = h.server.ctx.clock.today();
    const open = own.filter((r) => r.kind === 'invoice' && amountDue(r) > 0);
    expect(body.totals.dueCents).toBe(open.reduce((s, r) => s + amountDue(r), 0));
    expect(body.totals.overdueCents).toBe(
      open.filter((r) => r.due_date! < today).reduce((s, r) => s + amountDue(r), 0),
    );
    expect(body.totals.openCount).toBe(open.length);

    const first = body.documents.find((d: { id: string }) => d.id === open[0]!.id);
    expect(first).toMatchObject({
      open: true,
      number: open[0]!.number,
      dueCents: amountDue(open[0]!),
      performer: open[0]!.document.performer.name,
      deliveryFrom: open[0]!.document.deliveryFrom,
      payment: {
        iban: open[0]!.document.seller.iban,
        communication: open[0]!.document.structuredCommunication,
        amountCents: amountDue(open[0]!),
        qr: true,
      },
    });
    const paid = body.documents.find((d: { status: string }) => d.status === 'paid');
    expect(paid).toMatchObject({ open: false, dueCents: 0, payment: null });
    expect(body.sellers.map((s: { id: string }) => s.id)).toEqual(['BE-PA']);

    // A QR code to pay what remains due.
    const qr = await download(visitor, theatreLink, open[0]!.id, 'qr.svg');
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');

    // The city's invoices are never reached through the theatre's link, whatever the id.
    const others = await invoicesOf(city);
    expect(others.length).toBeGreaterThan(0);
    for (const what of ['pdf', 'qr.svg', 'ubl.xml']) {
      for (const id of [others[0]!.id, randomUUID(), 'not-a-uuid']) {
        const response = await download(visitor, theatreLink, id, what);
        expect(response.status, `${what} ${id}`).toBe(404);
        expect(await response.text()).not.toContain(others[0]!.number);
      }
    }
    // A paid invoice has no QR code.
    expect((await download(visitor, theatreLink, paid.id, 'qr.svg')).status).toBe(404);

    // Every access is logged, without the token.
    const { rows: log } = await h.server.ctx.db.query<{
      action: string;
      invoice_id: string | null;
      row: string;
    }>(
      `SELECT action, invoice_id, row_to_json(l)::text AS row FROM client_access_log l WHERE client_id = $1`,
      [theatre],
    );
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['view', 'qr']));
    expect(log.some((l) => l.action === 'pdf' && l.invoice_id === null)).toBe(true);
    expect(log.some((l) => l.row.includes(tokenOf(theatreLink)))).toBe(false);
  });

  it('gives each document as issued, in the language of the client (French, Dutch)', async () => {
    const visitor = h.client('en');
    for (const [clientId, title] of [
      [theatre, 'Facture'],
      [city, 'Factuur'],
    ] as const) {
      const link = await clientAccessLink(h.server.ctx.db, h.config, clientId);
      const [invoice] = await invoicesOf(clientId);
      const response = await download(visitor, link, invoice!.id, 'pdf');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getTitle()).toContain(title);
      expect(pdf.getTitle()).toContain(invoice!.number);
    }
  });

  it("serves the latest stored e-invoice (UBL) of the client's document", async () => {
    const [invoice] = await invoicesOf(theatre);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><Invoice><cbc:ID>${invoice!.number}</cbc:ID><!-- latest --></Invoice>`;
    await h.server.ctx.db.query(
      `INSERT INTO invoice_deliveries (invoice_id, entity_id, channel, recipient_address, ubl_xml, sha256, created_at)
       VALUES ($1, $2, 'email', 'factures@compagnieduvent.example', $3, $4, now() + interval '1 second')`,
      [invoice!.id, invoice!.entity_id, xml, createHash('sha256').update(xml).digest('hex')],
    );
    const visitor = h.client('fr');
    const response = await download(visitor, theatreLink, invoice!.id, 'ubl.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/xml');
    expect(await response.text()).toBe(xml);
    const shown = await page(visitor, theatreLink);
    expect(shown.body.documents.find((d: { id: string }) => d.id === invoice!.id).ubl).toBe(true);
  });

  it('answers 404 with no hint for a wrong or malformed link', async () => {
    const visitor = h.client('fr');
    const wrong = randomBytes(32).toString('base64url');
    for (const token of [wrong, 'abc', `${tokenOf(theatreLink)}x`]) {
      const reply = await visitor.get(`/api/v1/client-access/${token}`);
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('not_found');
      expect(Object.keys(reply.body).sort()).toEqual(['code', 'status', 'title', 'type']);
    }
    const own = await invoicesOf(theatre);
    expect(
      (await visitor.raw('GET', `/api/v1/client-access/${wrong}/invoices/${own[0]!.id}/pdf`)).status,
    ).toBe(404);
  });

  it('stops answering a revoked link; the next e-mails carry the new one', async () => {
    const service = await as('service@partage.coop');
    const before = await clientAccessLink(h.server.ctx.db, h.config, city);
    expect((await page(h.client(), before)).status).toBe(200);
    const revoked = await service.post(`/api/v1/clients/${city}/access-link/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.link).not.toBe(before);
    expect((await page(h.client(), before)).status).toBe(404);
    expect((await page(h.client(), revoked.body.link)).status).toBe(200);
    expect(await clientAccessLink(h.server.ctx.db, h.config, city)).toBe(revoked.body.link);
    const { rows } = await h.server.ctx.db.query<{ after: unknown }>(
      `SELECT after FROM audit_log WHERE action = 'client_access.revoke' AND subject_id = $1`,
      [city],
    );
    expect(rows).toHaveLength(1);
  });
});

describe("a client's requests", () => {
  it('are created from the page, shown to client service and the worker of the invoice is told', async () => {
    const visitor = await h.client('fr').init();
    const open = (await invoicesOf(theatre)).find(
      (r) => r.kind === 'invoice' && amountDue(r) > 0 && r.person_id,
    )!;
    const { rows: workers } = await h.server.ctx.db.query<{ email: string; language: 'fr' | 'nl' }>(
      'SELECT email, language FROM people WHERE id = $1',
      [open.person_id],
    );
    const worker = workers[0]!;
    const mailsBefore = await count('outbox_emails');

    const input = {
      kind: 'payment_deadline',
      invoiceId: open.id,
      message: 'Notre subside arrive fin du mois : pouvons-nous payer le 15 ?',
      contactEmail: 'tresorerie@compagnieduvent.example',
    };
    const sent = await visitor.post(`/api/v1/client-access/${tokenOf(theatreLink)}/requests`, input);
    expect(sent.status).toBe(201);
    // The same request again at once (a double click) is kept once.
    const again = await visitor.post(`/api/v1/client-access/${tokenOf(theatreLink)}/requests`, input);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(sent.body.id);

    const { rows: mails } = await h.server.ctx.db.query<{
      to_address: string;
      language: string;
      subject: string;
      body: string;
    }>(
      `SELECT to_address, language, subject, body FROM outbox_emails WHERE template = 'client_request_received'`,
    );
    expect(await count('outbox_emails')).toBe(mailsBefore + 1);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to_address: worker.email, language: worker.language });
    expect(mails[0]!.subject).toContain(open.number);
    expect(mails[0]!.body).toContain(input.message);
    expect(mails[0]!.body).toContain(translator.t(worker.language, 'client_request.kind.payment_deadline'));

    const shown = await page(visitor, theatreLink);
    expect(shown.body.requests[0]).toMatchObject({
      kind: 'payment_deadline',
      invoiceNumber: open.number,
      status: 'open',
    });

    // Client service sees it and closes it.
    const member = await as('member@partage.coop');
    expect((await member.get('/api/v1/client-requests')).status).toBe(403);
    const service = await as('service@partage.coop');
    const queue = await service.get('/api/v1/client-requests');
    expect(queue.status).toBe(200);
    expect(queue.body[0]).toMatchObject({
      id: sent.body.id,
      clientName: 'Compagnie du Vent ASBL',
      invoiceNumber: open.number,
      contactEmail: input.contactEmail,
      language: 'fr',
      status: 'open',
    });
    const closed = await service.post(`/api/v1/client-requests/${sent.body.id}/close`, {
      resolution: 'Délai accordé au 15 ; rappels suspendus.',
    });
    expect(closed.status).toBe(200);
    const twice = await service.post(`/api/v1/client-requests/${sent.body.id}/close`, {
      resolution: 'Encore',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('client_request.closed');
    expect((await service.get('/api/v1/client-requests')).body).toHaveLength(0);
    const all = await service.get('/api/v1/client-requests?status=closed');
    expect(all.body[0]).toMatchObject({ status: 'closed', closedBy: expect.any(String) });

    // A billing data request needs no invoice and tells no worker.
    const billing = await visitor.post(`/api/v1/client-access/${tokenOf(theatreLink)}/requests`, {
      kind: 'billing_data',
      message: 'Notre nouvelle adresse : Rue des Ateliers 16.',
      contactEmail: 'factures@compagnieduvent.example',
    });
    expect(billing.status).toBe(201);
    expect(await count('outbox_emails')).toBe(mailsBefore + 1);
  });

  it('refuse bad input with field errors in the language of the request, and change nothing', async () => {
    const visitor = await h.client('nl').init();
    const cityLink = await clientAccessLink(h.server.ctx.db, h.config, city);
    const url = `/api/v1/client-access/${tokenOf(cityLink)}/requests`;
    const before = await count('client_requests');
    const [cityInvoice] = await invoicesOf(city);
    const [theatreInvoice] = await invoicesOf(theatre);

    const bad = await visitor.post(url, { kind: 'refund_please', message: '   ', contactEmail: 'a@b.be' });
    expect(bad.status).toBe(422);
    const fields = Object.fromEntries(
      bad.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(fields.kind).toBe(translator.t('nl', 'field.invalid_choice'));
    expect(fields.message).toBe(translator.t('nl', 'field.required'));
    expect(bad.body.title).toBe(translator.t('nl', 'validation'));

    const long = await visitor.post(url, {
      kind: 'invoice_change',
      invoiceId: cityInvoice!.id,
      message: 'x'.repeat(2001),
      contactEmail: 'a@b.be',
    });
    expect(long.body.errors[0]).toMatchObject({
      field: 'message',
      message: translator.t('nl', 'field.too_long', { max: 2000 }),
    });

    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { kind: 'billing_data', message: 'Nieuw adres', contactEmail: 'geen-adres' },
        'contactEmail',
        'email.format',
      ],
      [
        { kind: 'payment_deadline', message: 'Uitstel aub', contactEmail: 'a@b.be' },
        'invoiceId',
        'client_request.invoice_required',
      ],
      [
        {
          kind: 'invoice_change',
          invoiceId: theatreInvoice!.id,
          message: 'Fout bedrag',
          contactEmail: 'a@b.be',
        },
        'invoiceId',
        'client_request.invoice_unknown',
      ],
      [
        { kind: 'invoice_change', invoiceId: 'abc', message: 'Fout', contactEmail: 'a@b.be' },
        'invoiceId',
        'field.invalid',
      ],
    ];
    for (const [body, field, code] of cases) {
      const reply = await visitor.post(url, body);
      expect(reply.status, code).toBe(422);
      expect(reply.body.errors).toEqual([
        expect.objectContaining({ field, code, message: translator.t('nl', code) }),
      ]);
    }
    expect(await count('client_requests')).toBe(before);
  });
});

describe('client service and the link', () => {
  it('reads the link of a client or of an invoice, sends it again by e-mail, all audited without the token', async () => {
    const member = await as('member@partage.coop');
    expect((await member.get(`/api/v1/clients/${theatre}/access-link`)).status).toBe(403);
    const service = await as('service@partage.coop');
    const byClient = await service.get(`/api/v1/clients/${theatre}/access-link`);
    expect(byClient.body.link).toBe(theatreLink);
    const [invoice] = await invoicesOf(theatre);
    const byInvoice = await service.get(`/api/v1/invoices/${invoice!.id}/client-access-link`);
    expect(byInvoice.body).toMatchObject({
      clientId: theatre,
      clientName: 'Compagnie du Vent ASBL',
      link: theatreLink,
    });
    const sent = await service.post(`/api/v1/clients/${theatre}/access-link/send`);
    expect(sent.status).toBe(200);
    const { rows: mails } = await h.server.ctx.db.query<{ body: string; language: string }>(
      `SELECT body, language FROM outbox_emails WHERE template = 'client_access_link' ORDER BY id DESC LIMIT 1`,
    );
    expect(mails[0]!.language).toBe('fr');
    expect(mails[0]!.body).toContain(theatreLink);
    const { rows: audits } = await h.server.ctx.db.query<{ action: string; row: string }>(
      `SELECT action, row_to_json(a)::text AS row FROM audit_log a WHERE action LIKE 'client_access.%' OR action LIKE 'client_request.%'`,
    );
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['client_access.link_read', 'client_access.link_sent', 'client_request.create']),
    );
    expect(audits.some((a) => a.row.includes(tokenOf(theatreLink)))).toBe(false);
  });
});

// Last: it throttles the test's only IP address.
describe('throttling', () => {
  it('answers 429 to an address that tried too many unknown links, even with a good one', async () => {
    const visitor = h.client('de');
    const { rows } = await h.server.ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM client_access_log WHERE action = 'unknown_link'`,
    );
    for (let i = rows[0]!.n; i < MAX_UNKNOWN_PER_IP; i++) {
      const reply = await visitor.get(`/api/v1/client-access/${randomBytes(32).toString('base64url')}`);
      expect(reply.status).toBe(404);
    }
    const blocked = await page(visitor, theatreLink);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('client_access.rate_limited');
    expect(blocked.body.title).toBe(translator.t('de', 'client_access.rate_limited', { minutes: 15 }));
  });
});
