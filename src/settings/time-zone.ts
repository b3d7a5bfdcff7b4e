/** IANA time zones for `timeZone` and SITE_TIME_ZONE, with a did-you-mean for a misspelt one. */
import { editDistance } from '../content/suggest.ts';
import type { Complaint } from './url-rules.ts';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The known zone `name` most likely meant (`Europe/Londn` → `Europe/London`), if one is close. */
export function likelyTimeZone(name: string): string | undefined {
  const folded = name.toLowerCase();
  let best: { zone: string; distance: number } | undefined;
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const distance = editDistance(folded, zone.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone;
}

export function timeZoneComplaint(name: string): Complaint | undefined {
  if (isTimeZone(name)) return undefined;
  const likely = likelyTimeZone(name);
  return {
    message: `must be an IANA time zone; found ${JSON.stringify(name)}.`,
    fix: likely === undefined ? 'Use a name such as "UTC", "Europe/London" or "America/New_York".' : `Did you mean ${JSON.stringify(likely)}?`,
  };
}
