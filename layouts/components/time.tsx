import { isoInZone } from '../../src/content/dates.ts';
import { showDate } from '../../src/content/shown-date.ts';
import type { Site } from '../../src/site.ts';

/**
 * A date as readers in the site's time zone see it ("9 October 2025, 12:08 BST", src/content/shown-date.ts), with
 * the exact instant in `datetime`. `dateOnly` dates (a bare date or a file-name date) show the day without a time
 * of day nobody wrote.
 */
export function Time({ date, site, dateOnly = false }: { date: Date; site: Site; dateOnly?: boolean }) {
  return <time datetime={isoInZone(date, site.timeZone)}>{showDate(date, site, dateOnly)}</time>;
}
