import type { FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '@partage/domain';

/** The request's language: explicit `?lang=`, then the interface's `Accept-Language`, then the user's. */
export function requestLanguage(request: FastifyRequest, userLanguage?: Language): Language {
  const query = (request.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(query)) return query;
  const header = request.headers['accept-language'];
  if (header) {
    for (const part of header.split(',')) {
      const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
      if (isLanguage(tag)) return tag;
    }
  }
  return userLanguage ?? 'en';
}
