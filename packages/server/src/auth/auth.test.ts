import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../testing/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ staffTwoFactorRequired: true });
});
afterAll(() => h.close());

describe('accounts and sessions', () => {
  it('refuses a wrong password in the asked language and throttles after five failures', async () => {
    const client = await h.client('de').init();
    const wrong = await client.login('member@partage.coop', 'wrong-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body.title).toBe('E-Mail-Adresse oder Passwort falsch.');
    for (let i = 0; i < 4; i++) await client.login('member@partage.coop', 'wrong-password');
    const throttled = await client.login('member@partage.coop', DEMO_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('auth.rate_limited');
  });

  it('resets a password through the e-mailed link, once, and closes the old sessions', async () => {
    const old = h.client();
    expect((await old.login('payroll@partage.coop', DEMO_PASSWORD)).status).toBe(200);
    const anonymous = await h.client().init();
    const unknown = await anonymous.post('/api/v1/auth/password-reset', { email: 'nobody@example.be' });
    expect(unknown.status).toBe(202);
    expect(
      (await anonymous.post('/api/v1/auth/password-reset', { email: 'payroll@partage.coop' })).status,
    ).toBe(202);
    const { rows } = await h.server.ctx.db.query<{ body: string; language: string }>(
      `SELECT body, language FROM outbox_emails WHERE to_address = 'payroll@partage.coop' AND template = 'password_reset'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.language).toBe('nl');
    const token = rows[0]!.body.match(/token=([\w-]+)/)![1]!;
    const weak = await anonymous.post('/api/v1/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.body.errors[0]).toMatchObject({ field: 'password', code: 'auth.password_weak' });
    expect(
      (
        await anonymous.post('/api/v1/auth/password-reset/confirm', {
          token,
          password: 'a-brand-new-password',
        })
      ).status,
    ).toBe(200);
    expect(
      (await anonymous.post('/api/v1/auth/password-reset/confirm', { token, password: 'another-password-1' }))
        .body.errors[0].code,
    ).toBe('auth.reset_token_invalid');
    expect((await old.get('/api/v1/auth/me')).body.user).toBeNull();
    expect((await h.client().login('payroll@partage.coop', 'a-brand-new-password')).status).toBe(200);
  });

  it('requires staff to enrol TOTP, then to give the code at login', async () => {
    const board = h.client();
    await board.login('board@partage.coop', DEMO_PASSWORD);
    expect((await board.get('/api/v1/auth/me')).body.user.mustEnrolTotp).toBe(true);
    const blocked = await board.get('/api/v1/membership/requests');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('auth.totp_enrolment_required');

    const setup = await board.post('/api/v1/auth/totp/setup');
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await board.post('/api/v1/auth/totp/enable', { code: '000000' })).status).toBe(422);
    const enabled = await board.post('/api/v1/auth/totp/enable', {
      code: generateSync({ secret: setup.body.secret }),
    });
    expect(enabled.status).toBe(200);
    expect((await board.get('/api/v1/membership/requests')).status).toBe(200);

    const again = h.client();
    const withoutCode = await again.login('board@partage.coop', DEMO_PASSWORD);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.code).toBe('auth.totp_required');
    const withCode = await again.login(
      'board@partage.coop',
      DEMO_PASSWORD,
      generateSync({ secret: setup.body.secret }),
    );
    expect(withCode.status).toBe(200);
    expect((await again.get('/api/v1/membership/requests')).status).toBe(200);
  });

  it('remembers the interface language per user and answers in it', async () => {
    const other = h.client('fr');
    await other.login('admin@partage.coop', DEMO_PASSWORD);
    expect((await other.patch('/api/v1/auth/me', { language: 'nl' })).status).toBe(200);
    expect((await other.patch('/api/v1/auth/me', { language: 'xx' })).status).toBe(422);
    expect((await other.get('/api/v1/auth/me')).body.user.language).toBe('nl');
  });

  it('lets an administrator change roles, which closes the sessions, and audits it', async () => {
    const admin = h.client();
    await admin.login('admin@partage.coop', DEMO_PASSWORD);
    // The admin is staff: enrol TOTP first (required in this harness).
    const setup = await admin.post('/api/v1/auth/totp/setup');
    await admin.post('/api/v1/auth/totp/enable', { code: generateSync({ secret: setup.body.secret }) });
    const adviser = h.client();
    await adviser.login('adviser@partage.coop', DEMO_PASSWORD);
    const users = await admin.get('/api/v1/admin/users?q=adviser');
    const id = users.body[0].id;
    const changed = await admin.patch(`/api/v1/admin/users/${id}`, { roles: ['adviser', 'client_service'] });
    expect(changed.body.roles).toEqual(['adviser', 'client_service']);
    expect((await adviser.get('/api/v1/auth/me')).body.user).toBeNull();
    const log = await admin.get(`/api/v1/audit?subjectType=user&subjectId=${id}`);
    expect(log.body[0]).toMatchObject({
      action: 'user.rights_changed',
      after: { roles: ['adviser', 'client_service'] },
    });
    const self = (await admin.get('/api/v1/admin/users?q=admin@')).body[0].id;
    expect((await admin.patch(`/api/v1/admin/users/${self}`, { disabled: true })).status).toBe(422);
  });
});

describe('operations endpoints', () => {
  it('answers health, readiness, metrics and the OpenAPI description', async () => {
    const client = h.client();
    expect((await client.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.get('/readyz')).body).toEqual({ status: 'ready' });
    const metrics = await client.raw('GET', '/metrics');
    expect(await metrics.text()).toContain('partage_http_request_duration_seconds');
    const openapi = await client.get('/api/openapi.json');
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.body.paths)).toContain('/api/v1/membership/sign-up');
  });
});
