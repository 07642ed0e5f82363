import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.ts';
import { setApiLanguage } from './api.ts';

/**
 * A page opened from a link without an account (a client's page, a quote): it speaks the language the
 * visitor chose on it (kept for this browser tab under `storageKey`), else the language the link is for.
 */
export function useVisitorLanguage(storageKey: string, linkLanguage: string | undefined) {
  const { i18n } = useTranslation();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!linkLanguage || applied.current) return;
    const chosen = sessionStorage.getItem(storageKey);
    const lang = chosen && (LANGUAGES as readonly string[]).includes(chosen) ? chosen : linkLanguage;
    applied.current = lang;
    if (i18n.language !== lang) {
      setApiLanguage(lang);
      document.documentElement.lang = lang;
      void i18n.changeLanguage(lang);
    }
  }, [linkLanguage, i18n, storageKey]);
  useEffect(() => {
    if (applied.current && i18n.language !== applied.current) {
      sessionStorage.setItem(storageKey, i18n.language);
      applied.current = i18n.language;
    }
  }, [i18n.language, storageKey]);
}

/** The link is the key to the page: it must not leave in a Referer header. */
export function useNoReferrer() {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);
}
