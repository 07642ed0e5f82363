/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are read as loosely typed JSON */
import { createTestDatabase, type TestDatabase } from '@partage/db';
import { loadConfig, type Config } from '../config.ts';
import { startServer, type RunningServer } from '../server.ts';

export interface Harness {
  server: RunningServer;
  url: string;
  config: Config;
  client(language?: string): HttpClient;
  close(): Promise<void>;
}

/**
 * Starts the real server over HTTP on a fresh database: in-memory PGlite, or a throw-away database on
 * the PostgreSQL server when `DATABASE_URL` is set.
 */
export async function startHarness(overrides: Partial<Config> = {}): Promise<Harness> {
  const database: TestDatabase = await createTestDatabase();
  const base = loadConfig({
    SESSION_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    DEMO_SEED: 'true',
  } as NodeJS.ProcessEnv);
  const config: Config = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    webDist: undefined,
    ...overrides,
  };
  const server = await startServer(config, { db: database.db });
  config.publicUrl = server.url;
  return {
    server,
    url: server.url,
    config,
    client: (language = 'en') => new HttpClient(server.url, language),
    async close() {
      await server.close();
      await database.dispose();
    },
  };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps cookies, sends the CSRF token, speaks a language. */
export class HttpClient {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(
    readonly base: string,
    public language: string,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (value === '' || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async raw(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await fetch(this.base + path, {
      method,
      headers: {
        'accept-language': this.language,
        cookie: this.cookieHeader(),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.keep(response.headers);
    return response;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const response = await this.raw(method, path, body, headers);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** Sends a file as the request body (uploads), with the session and CSRF token. */
  async upload<T = any>(path: string, bytes: Uint8Array, headers: Record<string, string>): Promise<Reply<T>> {
    const response = await fetch(this.base + path, {
      method: 'POST',
      headers: {
        'accept-language': this.language,
        cookie: this.cookieHeader(),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: bytes,
    });
    this.keep(response.headers);
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }

  /** Fetches the CSRF token (and cookie) like the web app does on load. */
  async init(): Promise<this> {
    const me = await this.get<{ csrfToken: string }>('/api/v1/auth/me');
    this.csrf = me.body.csrfToken;
    return this;
  }

  async login(email: string, password: string, totp?: string): Promise<Reply> {
    if (!this.csrf) await this.init();
    const reply = await this.post('/api/v1/auth/login', { email, password, ...(totp ? { totp } : {}) });
    if (reply.status === 200) this.csrf = reply.body.csrfToken;
    return reply;
  }
}
