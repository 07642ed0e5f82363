import type { Db } from '@partage/db';
import { ENTITY_CATALOGUE, LANGUAGES } from '@partage/domain';
import { LEGAL_TEXTS } from './legal-texts.ts';

/**
 * Reference data every installation needs: the group's entities with their default settings, and the
 * first version of the texts a newcomer consents to. Existing rows are left as administrators set them.
 */
export async function ensureReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const e of ENTITY_CATALOGUE) {
      await tx.query(
        `INSERT INTO entities (id, parent_id, name, legal_form, country, enterprise_number, vat_number, iban, bic, address,
            currency, languages, holds_register, settings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (id) DO NOTHING`,
        [
          e.id,
          e.parentId,
          e.name,
          e.legalForm,
          e.country,
          e.enterpriseNumber,
          e.vatNumber,
          e.iban,
          e.bic,
          e.address,
          e.currency,
          e.settings.languages,
          e.holdsRegister,
          JSON.stringify(e.settings),
        ],
      );
      if (!e.holdsRegister) continue;
      for (const [kind, text] of Object.entries(LEGAL_TEXTS))
        for (const language of LANGUAGES)
          await tx.query(
            `INSERT INTO legal_texts (entity_id, kind, version, language, title, body, effective_from)
             VALUES ($1, $2, 1, $3, $4, $5, '2025-01-01') ON CONFLICT DO NOTHING`,
            [e.id, kind, language, text.title[language], text.body[language]],
          );
    }
  });
}
