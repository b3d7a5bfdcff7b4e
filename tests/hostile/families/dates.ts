import assert from 'node:assert/strict';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';
const dates = (name: string, date: string, exit: 0 | 1, extra: Partial<HostileCase['expect']> = {}): HostileCase => ({
  name,
  family: 'dates',
  files: { [at]: story({ date }) },
  expect: { exit, ...(exit === 1 ? { says: [at, '`date`'] } : {}), ...extra },
});

export const dateCases: HostileCase[] = [
  dates('a year before 0100 is published under that year, not 19xx', '0025-03-04T05:06:07', 0, {
    publishes: ['0025/03/04/x/index.html'],
    omits: ['1925/03/04/x/index.html'],
    check: (site) => assert.match(site.read('0025/03/04/x/index.html'), /datetime="0025-03-04T05:06:07/),
  }),
  dates('the year 0001 is kept', '0001-01-01', 0, { publishes: ['0001/01/01/x/index.html'] }),
  dates('text that is not a date is refused with the forms that work', 'next tuesday', 1, { says: [at, '`date`', '2025-10-09T11:08:38'] }),
  dates('a day that does not exist even for Ruby is refused', '2025-02-32', 1),
  dates('30 February is 2 March, as Jekyll reads it, with a warning', '2025-02-30', 0, { says: [at, '`date`'], publishes: ['2025/03/02/x/index.html'] }),
  dates('an hour that does not exist is refused', '2025-10-09 25:00:00', 1),
  dates('an offset of 24 hours or more is refused', '2025-10-09 10:00:00 +24:00', 1),
  dates('an offset beyond ±14:00 is read as written, as Jekyll reads it', '2020-06-24 16:15:16+16:00', 0, { publishes: ['2020/06/24/x/index.html'] }),
  dates('junk after the time is ignored as Jekyll ignores it, with a warning', '2017-02-10 00:10::00 -03:00', 0, { says: [at, '`date`'], publishes: ['2017/02/10/x/index.html'] }),
  dates('a date as a mapping is refused', '{ year: 2025 }', 1),
  dates('nanoseconds are read', '2025-10-09 11:08:38.000000000 +00:00', 0, { publishes: ['2025/10/09/x/index.html'] }),
  dates('a date after the build time is left out and said so', '2027-01-01T00:00:00', 0, { says: ['dated in the future'], omits: ['2027/01/01/x/index.html'] }),
  { name: 'a future date is built with --future', family: 'dates', files: { [at]: story({ date: '2027-01-01T00:00:00' }) }, args: ['--future'], expect: { exit: 0, publishes: ['2027/01/01/x/index.html'] } },
  { name: 'no date and no date in the file name is refused', family: 'dates', files: { 'posts/undated.md': '---\ntitle: Undated\n---\nBody\n' }, expect: { exit: 1, says: ['posts/undated.md', '`date`', 'is missing'] } },
  { name: 'a file-name date that does not exist is no date', family: 'dates', files: { 'posts/2025-13-45-x.md': '---\ntitle: X\n---\nBody\n' }, expect: { exit: 1, says: ['posts/2025-13-45-x.md', '`date`'] } },
  { name: 'a bad last_modified_at is refused', family: 'dates', files: { [at]: story({ last_modified_at: 'soon' }) }, expect: { exit: 1, says: [at, '`last_modified_at`'] } },
  dates('the year 9999 is far future, left out', '9999-12-31T23:59:59', 0, { omits: ['9999/12/31/x/index.html'] }),
];
