/**
 * Civil time without the machine's `TZ`: `Date.UTC` for any four-digit year, and what a zone's clocks showed at an
 * instant (issue #2). Every zoned value goes through `Intl`, never through the process's own zone.
 */

/** Milliseconds in 400 Gregorian years (146,097 days): the calendar repeats exactly after them. */
export const gregorianCycleMs = 146_097 * 86_400_000;

/**
 * `Date.UTC` with four-digit years kept as written: `Date.UTC` reads years 0–99 as 1900–1999 (issue #10: a post
 * dated 0025 was published under 1925), so such years are computed 400 years later and moved back one cycle.
 */
export function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0, millis = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second, millis);
  return Date.UTC(year + 400, monthIndex, day, hour, minute, second, millis) - gregorianCycleMs;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC at that instant. */
  readonly offset: number;
}

/**
 * One formatter per zone, reused: building an `Intl.DateTimeFormat` costs far more than using one, and a site has
 * one zone. (date-fns' `format` over a `TZDate` asks Intl about a dozen times per call; 10,000 posts felt it.)
 */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall clocks already read, by zone and instant: every listing shows the same stories' dates again. */
const wallClocks = new Map<string, WallClock>();
const wallClockLimit = 200_000;

export function wallClock(date: Date, timeZone: string): WallClock {
  const key = `${date.getTime()}|${timeZone}`;
  let clock = wallClocks.get(key);
  if (clock === undefined) {
    clock = readWallClock(date, timeZone);
    if (wallClocks.size >= wallClockLimit) wallClocks.clear();
    wallClocks.set(key, clock);
  }
  return clock;
}

function readWallClock(date: Date, timeZone: string): WallClock {
  let formatter = wallClockFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  const fields: Record<string, number> = {};
  let beforeChrist = false;
  for (const part of formatter.formatToParts(date)) {
    // Intl counts years before 1 as 1 BC, 2 BC…; an instant just before 0001-01-01 UTC is year 0 in the calendar.
    if (part.type === 'era') beforeChrist = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = beforeChrist ? 1 - (fields['year'] ?? 1) : (fields['year'] ?? 0);
  const month = fields['month'] ?? 1;
  const day = fields['day'] ?? 1;
  const hour = fields['hour'] ?? 0;
  const minute = fields['minute'] ?? 0;
  const second = fields['second'] ?? 0;
  const wholeSeconds = date.getTime() - (((date.getTime() % 1000) + 1000) % 1000);
  const offset = Math.round((utc(year, month - 1, day, hour, minute, second) - wholeSeconds) / 60_000);
  return { year, month, day, hour, minute, second, offset };
}

/** How far ahead of UTC the zone's clocks were at `instant`, in milliseconds (whole seconds, as zones keep them). */
export function offsetMsAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(new Date(instant), timeZone);
  return utc(year, month - 1, day, hour, minute, second) - (instant - (((instant % 1000) + 1000) % 1000));
}
