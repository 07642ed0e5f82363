import { PEPPOL_PROFILE_ID } from '../ubl/build-ubl.ts';

/**
 * A Peppol access point: the certified service that carries a document over the Peppol network (AS4) to
 * the receiver's access point, after looking the receiver up in the network's directory (SML/SMP).
 * The platform does not run one itself: it hands the UBL to a provider's access point over its HTTP API.
 * See docs/operations.md ("Peppol e-invoicing") for how one is plugged in.
 */
export interface PeppolSendRequest {
  /** The UBL document, as stored (never rebuilt). */
  xml: string;
  /** Participant identifiers, `<scheme>:<id>` (`0208:0455948203`), in the iso6523-actorid-upis scheme. */
  senderId: string;
  receiverId: string;
  /** The Peppol document type identifier (busdox-docid-qns), see `PEPPOL_DOCUMENT_TYPES`. */
  documentType: string;
}

export interface AccessPoint {
  /** False for the store-only access point of the demo: nothing leaves the platform. */
  readonly sends: boolean;
  send(request: PeppolSendRequest): Promise<{ messageId: string }>;
}

/**
 * The demo's access point: documents are stored (status `stored`) and can be downloaded, nothing is sent.
 * The sender never calls it.
 */
export class StoreOnlyAccessPoint implements AccessPoint {
  readonly sends = false;
  async send(_request: PeppolSendRequest): Promise<{ messageId: string }> {
    throw new Error(
      'no Peppol access point is configured (PEPPOL_ACCESS_POINT_URL): documents are only stored',
    );
  }
}

/**
 * An access point provider reached over HTTPS: one `POST` per document, the UBL as the body, the routing
 * in headers, a bearer token; the provider answers with its message id (`{ "messageId": "..." }` or
 * `{ "id": "..." }`). Providers differ in the details: an adapter for another API implements `AccessPoint`
 * the same way.
 */
export class HttpAccessPoint implements AccessPoint {
  readonly sends = true;
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly options: { timeoutMs?: number; fetch?: typeof fetch } = {},
  ) {}

  async send(request: PeppolSendRequest): Promise<{ messageId: string }> {
    const response = await (this.options.fetch ?? fetch)(this.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/xml; charset=utf-8',
        accept: 'application/json',
        'x-peppol-sender': `iso6523-actorid-upis::${request.senderId}`,
        'x-peppol-receiver': `iso6523-actorid-upis::${request.receiverId}`,
        'x-peppol-document-type': `busdox-docid-qns::${request.documentType}`,
        'x-peppol-process': `cenbii-procid-ubl::${PEPPOL_PROFILE_ID}`,
      },
      body: request.xml,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`access point answered ${response.status}: ${body.slice(0, 300)}`);
    let parsed: { messageId?: unknown; id?: unknown } = {};
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw new Error(`access point answered without JSON: ${body.slice(0, 300)}`);
    }
    const messageId = parsed.messageId ?? parsed.id;
    if (typeof messageId !== 'string' || messageId === '') throw new Error('access point gave no message id');
    return { messageId };
  }
}

/** The access point of the configuration: `PEPPOL_ACCESS_POINT_URL` + `PEPPOL_ACCESS_POINT_TOKEN`, else store only. */
export function accessPointFromEnv(env: NodeJS.ProcessEnv = process.env): AccessPoint {
  const url = env.PEPPOL_ACCESS_POINT_URL?.trim();
  if (!url) return new StoreOnlyAccessPoint();
  const token = env.PEPPOL_ACCESS_POINT_TOKEN?.trim();
  if (!token) throw new Error('PEPPOL_ACCESS_POINT_TOKEN must be set with PEPPOL_ACCESS_POINT_URL');
  if (!/^https:\/\//.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url)) {
    throw new Error('PEPPOL_ACCESS_POINT_URL must be an https:// URL');
  }
  return new HttpAccessPoint(url, token);
}
