/**
 * What Psych 4.0.3 (Ruby 3.1's YAML) makes of a plain, unquoted scalar that looks like a timestamp (issue #11):
 * scalar_scanner.rb turns it into a `Time` before Jekyll sees it, and without an offset that `Time` is UTC. Jekyll
 * then reads `time.to_s` with `Time.parse`, which keeps the instant. Quoted text never comes here.
 */
import { type CivilTime, civilMs, monthDays, outOfRange } from './ruby-time.ts';

/** Psych's timestamp pattern (YAML 1.1 `timestamp`, as psych 4.0.3 writes it). */
const psychTimestamp = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t\n\v\f\r]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:[ \t\n\v\f\r]*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;

export interface PsychTime {
  readonly instant: number;
  readonly civil: CivilTime;
  /** The offset as written, and as Psych read it (seconds east of UTC). */
  readonly zone?: string;
  readonly offset?: number;
}

/**
 * The instant Psych reads, or `undefined` when it leaves the scalar as text (no match, or a field Ruby's `Time`
 * refuses). Psych reads the offset's hours and minutes separately, so `-00:30` becomes +00:30 and `+123` becomes
 * +12:03; Jekyll inherits both.
 */
export function psychTime(text: string): PsychTime | undefined {
  if (!psychTimestamp.test(text)) return undefined;
  const [date = '', time = ''] = splitOnce(text, /[ tT]/);
  const [, y = '', m = '', d = ''] = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(date) ?? [];
  const clock = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(time);
  if (clock === null) return undefined;
  const [hh = 0, mm = 0, ss = 0] = (clock[1] ?? '').split(':').map(Number);
  const civil: CivilTime = { year: Number(y), mon: Number(m), day: Number(d), hour: hh, min: mm, sec: ss };
  if (outOfRange(civil) !== undefined) return undefined;
  const zone = clock[3];
  if (zone === undefined) return { instant: civilMs(civil), civil };
  if (zone === 'Z') return { instant: civilMs(civil), civil, zone, offset: 0 };
  const [, hours = '0', minutes = '0'] = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(zone) ?? [];
  // Psych's sign lives on the hours, and Integer('-00') is 0: -00:30 comes out as +00:30.
  const base = Number(hours) * 3600;
  const offset = base < 0 ? base - Number(minutes) * 60 : base + Number(minutes) * 60;
  if (Math.abs(offset) >= 86_400) return undefined;
  return { instant: civilMs(timeNewInUtc(civil, offset)), civil, zone, offset };
}

/**
 * `Time.new(y, m, d, h, mi, s, offset)`'s move to UTC (time.c `vtm_add_offset`, `vtm_add_day`). It steps the day
 * by one within the month as written, and keeps the day in five bits, so 31 April + 1 is day 0 of April, 31 March:
 * an impossible day with an offset that crosses midnight lands a month early, as it does in Jekyll.
 */
function timeNewInUtc(civil: CivilTime, offsetSeconds: number): CivilTime {
  let { year, mon, day, hour, min, sec } = civil;
  const sign = offsetSeconds < 0 ? 1 : -1;
  const off = Math.abs(offsetSeconds);
  let dSec = sign * (off % 60);
  let dMin = sign * (Math.floor(off / 60) % 60);
  let dHour = sign * (Math.floor(off / 3600) % 24);
  let dDay = 0;
  if (dSec !== 0) {
    dSec += sec;
    if (dSec < 0) [dSec, dMin] = [dSec + 60, dMin - 1];
    if (dSec >= 60) [dSec, dMin] = [dSec - 60, dMin + 1];
    sec = dSec;
  }
  if (dMin !== 0) {
    dMin += min;
    if (dMin < 0) [dMin, dHour] = [dMin + 60, dHour - 1];
    if (dMin >= 60) [dMin, dHour] = [dMin - 60, dHour + 1];
    min = dMin;
  }
  if (dHour !== 0) {
    dHour += hour;
    if (dHour < 0) [dHour, dDay] = [dHour + 24, -1];
    if (dHour >= 24) [dHour, dDay] = [dHour - 24, 1];
    hour = dHour;
  }
  if (dDay < 0) {
    if (day === 1) [year, mon, day] = mon === 1 ? [year - 1, 12, 31] : [year, mon - 1, monthDays(year, mon - 1) ?? 31];
    else day -= 1;
  } else if (dDay > 0) {
    if (mon === 12 && day === 31) [year, mon, day] = [year + 1, 1, 1];
    else if (day === monthDays(year, mon)) [mon, day] = [mon + 1, 1];
    else day = (day + 1) % 32;
  }
  return { year, mon, day, hour, min, sec };
}

/** Ruby's `string.split(pattern, 2)`. */
function splitOnce(text: string, pattern: RegExp): [string, string | undefined] {
  const match = pattern.exec(text);
  return match === null ? [text, undefined] : [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}
