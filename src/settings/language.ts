/** The site's language for `<html lang>`, feeds and the search index: a BCP 47 tag, checked by Intl itself. */
import type { Complaint } from './url-rules.ts';

export type LanguageCheck = { readonly ok: true; readonly tag: string } | ({ readonly ok: false } & Complaint);

/** `EN-gb` → `en-GB`; `en_GB`, `english` and `x` are refused. */
export function checkLanguage(value: string): LanguageCheck {
  const expected = `must be a BCP 47 language tag such as "en", "en-GB" or "pt-BR"; found ${JSON.stringify(value)}`;
  const fix = value.includes('_') ? `Use hyphens: ${JSON.stringify(value.replace(/_/g, '-'))}.` : 'Start with a two- or three-letter language code (ISO 639), then any region: "en-GB".';
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value)[0];
  } catch (error) {
    return { ok: false, message: `${expected} (${(error as Error).message}).`, fix };
  }
  // Intl accepts any 2–8 letter first subtag, so "english" would pass; languages in use have 2- or 3-letter codes.
  if (tag === undefined || !/^[a-z]{2,3}(?:-|$)/.test(tag)) return { ok: false, message: `${expected}.`, fix };
  return { ok: true, tag };
}
