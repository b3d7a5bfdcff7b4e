/**
 * The deploy overrides and the build clock, read from the environment (issue #10). Each is checked as strictly as
 * the setting it overrides, and reported as `environment: \`SITE_URL\` …` so the fix goes to the CI job, not the file.
 */
import type { Problem } from '../errors.ts';
import { timeZoneComplaint } from './time-zone.ts';
import { type Complaint, originComplaint, pathPrefixComplaint } from './url-rules.ts';

type Env = Readonly<Record<string, string | undefined>>;

const fromEnvironment = (field: string, complaint: Complaint | undefined): Problem[] =>
  complaint === undefined ? [] : [{ file: 'environment', field, ...complaint }];

/** SITE_URL, PATH_PREFIX and SITE_TIME_ZONE, when set and not empty (empty means "not overridden"). */
export function checkDeployOverrides(env: Env): Problem[] {
  const given = (name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const url = given('SITE_URL');
  const prefix = given('PATH_PREFIX');
  const zone = given('SITE_TIME_ZONE');
  return [
    ...(url === undefined ? [] : fromEnvironment('SITE_URL', originComplaint(url))),
    ...(prefix === undefined ? [] : fromEnvironment('PATH_PREFIX', pathPrefixComplaint(prefix))),
    ...(zone === undefined ? [] : fromEnvironment('SITE_TIME_ZONE', timeZoneComplaint(zone))),
  ];
}

/** RFC 3339's profile of ISO 8601: date, time and offset all given, so the instant does not depend on the machine. */
const instant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export type BuildTime = { readonly ok: true; readonly date?: Date } | { readonly ok: false; readonly problem: Problem };

/** BUILD_TIME: unset or empty means "now"; anything else must be a whole instant (`0` once built a site dated 2000). */
export function readBuildTime(value: string | undefined): BuildTime {
  if (value === undefined || value === '') return { ok: true };
  const fix = 'Write it like 2025-10-09T12:00:00Z or 2025-10-09T13:00:00+01:00, or unset it to build at the current time.';
  const match = instant.exec(value);
  if (match === null) {
    return { ok: false, problem: { file: 'environment', field: 'BUILD_TIME', message: `must be an ISO 8601 instant with date, time and offset (or Z); found ${JSON.stringify(value)}.`, fix } };
  }
  const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
  const date = new Date(value);
  // `Date` rolls 2025-02-30 over to 2 March; a date that does not exist is a typo, not a clock.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const real = Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth
    && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
  if (!real || Number.isNaN(date.getTime())) {
    return { ok: false, problem: { file: 'environment', field: 'BUILD_TIME', message: `is not a real date and time; found ${JSON.stringify(value)}.`, fix } };
  }
  return { ok: true, date };
}

export type Threads = { readonly ok: true; readonly threads?: number } | { readonly ok: false; readonly problem: Problem };

/** BROADSHEET_THREADS: worker threads for story bodies (issue #14); unset or empty means "as the site's size says". */
export function readThreads(value: string | undefined): Threads {
  if (value === undefined || value === '') return { ok: true };
  const threads = Number(value);
  if (!/^\d+$/.test(value) || threads > 256) {
    return { ok: false, problem: { file: 'environment', field: 'BROADSHEET_THREADS', message: `must be a whole number of worker threads from 0 to 256; found ${JSON.stringify(value)}.`, fix: 'Write e.g. BROADSHEET_THREADS=2, 0 to render in one thread, or unset it to use one thread per core but one.' } };
  }
  return { ok: true, threads };
}
