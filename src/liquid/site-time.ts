/**
 * Dates as Liquid templates see them. A Jekyll post printing `{{ page.date }}` gets Ruby's `Time#to_s` in the
 * site's zone (`2025-10-09 11:08:38 +0100`), not JavaScript's `Date#toString`; filters (`date`, `date_to_string`…)
 * still get a real `Date`, which liquidjs formats in the site's zone (`timezoneOffset`).
 */
import { formatInZone } from '../content/dates.ts';

export class SiteTime extends Date {
  readonly #timeZone: string;

  constructor(instant: Date | number, timeZone: string) {
    super(typeof instant === 'number' ? instant : instant.getTime());
    this.#timeZone = timeZone;
  }

  override toString(): string {
    return formatInZone(this, this.#timeZone, 'yyyy-MM-dd HH:mm:ss xx');
  }
}
