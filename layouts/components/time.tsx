import { formatInZone, isoInZone } from '../../src/content/dates.ts';
import type { Site } from '../../src/site.ts';

/** A date as readers in the site's time zone see it, with the exact instant in `datetime`. */
export function Time({ date, site }: { date: Date; site: Site }) {
  return <time datetime={isoInZone(date, site.timeZone)}>{formatInZone(date, site.timeZone, site.dateFormat)}</time>;
}
