import { describe, expect, it } from 'vitest';
import { PEPPOL_DOCUMENT_TYPES } from '../ubl/build-ubl.ts';
import { HttpAccessPoint, StoreOnlyAccessPoint, accessPointFromEnv } from './access-point.ts';

const request = {
  xml: '<Invoice/>',
  senderId: '0208:0455948203',
  receiverId: '0208:0403170701',
  documentType: PEPPOL_DOCUMENT_TYPES.invoice,
};

function fakeFetch(status: number, body: string) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('access points', () => {
  it('posts the stored XML with the Peppol routing and reads the message id', async () => {
    const { fetch, calls } = fakeFetch(202, JSON.stringify({ messageId: 'ap-42' }));
    const ap = new HttpAccessPoint('https://ap.example/documents', 'secret-token', { fetch });
    expect(await ap.send(request)).toEqual({ messageId: 'ap-42' });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe('https://ap.example/documents');
    expect(calls[0]!.init.body).toBe('<Invoice/>');
    expect(headers.authorization).toBe('Bearer secret-token');
    expect(headers['x-peppol-sender']).toBe('iso6523-actorid-upis::0208:0455948203');
    expect(headers['x-peppol-receiver']).toBe('iso6523-actorid-upis::0208:0403170701');
    expect(headers['x-peppol-document-type']).toBe(`busdox-docid-qns::${PEPPOL_DOCUMENT_TYPES.invoice}`);
    expect(headers['x-peppol-process']).toBe(
      'cenbii-procid-ubl::urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    );
  });

  it('fails with the provider’s answer when it refuses, or gives no message id', async () => {
    const refused = new HttpAccessPoint('https://ap.example', 't', {
      fetch: fakeFetch(404, 'unknown receiver').fetch,
    });
    await expect(refused.send(request)).rejects.toThrow(/404: unknown receiver/);
    const silent = new HttpAccessPoint('https://ap.example', 't', { fetch: fakeFetch(200, '{}').fetch });
    await expect(silent.send(request)).rejects.toThrow(/no message id/);
  });

  it('is store-only without configuration, and refuses a half or insecure configuration', async () => {
    const demo = accessPointFromEnv({});
    expect(demo).toBeInstanceOf(StoreOnlyAccessPoint);
    expect(demo.sends).toBe(false);
    await expect(demo.send(request)).rejects.toThrow(/only stored/);
    expect(() => accessPointFromEnv({ PEPPOL_ACCESS_POINT_URL: 'https://ap.example' })).toThrow(/TOKEN/);
    expect(() =>
      accessPointFromEnv({ PEPPOL_ACCESS_POINT_URL: 'http://ap.example/x', PEPPOL_ACCESS_POINT_TOKEN: 't' }),
    ).toThrow(/https/);
    const real = accessPointFromEnv({
      PEPPOL_ACCESS_POINT_URL: 'https://ap.example/x',
      PEPPOL_ACCESS_POINT_TOKEN: 't',
    });
    expect(real).toBeInstanceOf(HttpAccessPoint);
    expect(real.sends).toBe(true);
  });
});
