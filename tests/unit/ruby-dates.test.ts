/**
 * Post dates read as Jekyll 4.3.1 reads them on Ruby 3.1.2 (issue #11), shape by shape, in a UTC site and in a New
 * York site.
 *
 * Every expected instant comes from a real Jekyll 4.3.1 build here: `_posts/2000-01-01-x.md` with `date: <text>`
 * (plain) or `date: "<text>"` (quoted), `timezone: UTC` or `timezone: America/New_York`, `future: true`, reading
 * `site.posts.docs[0].date.utc`. One line of Ruby gives the same answer, which is how to check a row:
 *   plain:  TZ=America/New_York ruby -rjekyll -e 'd = Jekyll::Utils.safe_load_yaml(%(date: 2017-02-10 00:10::00 -03:00))["date"]; puts Jekyll::Utils.parse_date(d.to_s).utc'
 *   quoted: TZ=America/New_York ruby -rtime -e 'puts Time.parse("Fri Sep  3 11:21:31 CEST 2021").utc'
 * (For years before standard time, 1883 in New York, only the build is right: Jekyll re-reads `date.to_s` twice more.)
 * A row marked `lenient` is one where Jekyll reads something odd, and the reading carries a note saying so.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readDate, splitDatedFileName } from '../../src/content/dates.ts';

/** [text, instant in a UTC site, instant in a New York site, 'lenient' when the reading carries a note]. */
type Row = readonly [text: string, inUtc: string, inNewYork: string, note: '' | 'lenient'];

const newYork = 'America/New_York';

function seen(text: string, timeZone: string, quoted: boolean): { instant: string; note: '' | 'lenient' } {
  const reading = readDate(text, timeZone, { quoted });
  if (!reading.ok) return { instant: 'refused', note: '' };
  return { instant: reading.date.toISOString().replace('.000Z', 'Z'), note: reading.note === undefined ? '' : 'lenient' };
}

function rows(table: readonly Row[], { quoted = false } = {}): void {
  for (const [text, inUtc, inNewYork, note] of table) {
    test(`${quoted ? 'quoted' : 'plain'} ${JSON.stringify(text)}`, () => {
      assert.deepEqual(seen(text, 'UTC', quoted), { instant: inUtc, note: inUtc === 'refused' ? '' : note }, 'in a UTC site');
      assert.deepEqual(seen(text, newYork, quoted), { instant: inNewYork, note: inNewYork === 'refused' ? '' : note }, 'in a New York site');
    });
  }
}

describe('ISO-like dates: a plain YAML timestamp (with seconds) without offset is UTC, any other is site time', () => {
  rows([
    ['2025-10-09T02:00:00', '2025-10-09T02:00:00Z', '2025-10-09T02:00:00Z', ''],
    ['2025-10-09 02:00:00', '2025-10-09T02:00:00Z', '2025-10-09T02:00:00Z', ''],
    ['2025-10-09t02:00:00', '2025-10-09T02:00:00Z', '2025-10-09T02:00:00Z', ''],
    ['2025-10-9 9:05:07', '2025-10-09T09:05:07Z', '2025-10-09T09:05:07Z', ''],
    ['2025-10-09 02:00', '2025-10-09T02:00:00Z', '2025-10-09T06:00:00Z', ''],
    ['2025-10-09T02:00', '2025-10-09T02:00:00Z', '2025-10-09T06:00:00Z', ''],
    ['2025-10-09 2:05', '2025-10-09T02:05:00Z', '2025-10-09T06:05:00Z', ''],
    ['2025-10-09 11:08:38.000000000', '2025-10-09T11:08:38Z', '2025-10-09T11:08:38Z', ''],
    ['2025-10-09 11:08:38.000000000 +00:00', '2025-10-09T11:08:38Z', '2025-10-09T11:08:38Z', ''],
    ['2025-10-09T11:08:38.999Z', '2025-10-09T11:08:38Z', '2025-10-09T11:08:38Z', ''],
    ['2025-10-09', '2025-10-09T00:00:00Z', '2025-10-09T04:00:00Z', ''],
    ['2025-1-5', '2025-01-05T00:00:00Z', '2025-01-05T05:00:00Z', ''],
    ['2017-02-10 00:10::00 -03:00', '2017-02-10T00:10:00Z', '2017-02-10T05:10:00Z', 'lenient'],
    ['2021-02-08 16:30-:00+16:30', '2021-02-08T16:30:00Z', '2021-02-08T21:30:00Z', 'lenient'],
    ['2025-10-09, 10:00', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', ''],
    ['2025-10-09 at 10:00', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', ''],
    ['2025-10-09 10:00:00 -0400 extra', '2025-10-09T14:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 +0100', '2025-10-09T00:00:00Z', '2025-10-09T04:00:00Z', 'lenient'],
  ]);
});

describe('a quoted date is text to YAML, so Ruby reads it in the site zone even with seconds', () => {
  rows([
    ['2025-10-09T02:00:00', '2025-10-09T02:00:00Z', '2025-10-09T06:00:00Z', ''],
    ['2025-10-09 02:00:00', '2025-10-09T02:00:00Z', '2025-10-09T06:00:00Z', ''],
    ['2025-10-09 11:08:38.000000000', '2025-10-09T11:08:38Z', '2025-10-09T15:08:38Z', ''],
    ['2025-10-09', '2025-10-09T00:00:00Z', '2025-10-09T04:00:00Z', ''],
  ], { quoted: true });
});

describe('offsets are applied as Jekyll reads them, even past ±14:00; a day or more is refused', () => {
  rows([
    ['2020-06-24 16:15:16+16:00', '2020-06-24T00:15:16Z', '2020-06-24T00:15:16Z', 'lenient'],
    ['2025-10-09T10:00:00-15:00', '2025-10-10T01:00:00Z', '2025-10-10T01:00:00Z', 'lenient'],
    ['2025-10-09T10:00:00+23:59', '2025-10-08T10:01:00Z', '2025-10-08T10:01:00Z', 'lenient'],
    ['2025-10-09 10:00:00 +01:75', '2025-10-09T07:45:00Z', '2025-10-09T07:45:00Z', 'lenient'],
    ['2025-10-09T10:00:00+0160', '2025-10-09T08:00:00Z', '2025-10-09T08:00:00Z', 'lenient'],
    ['2025-10-09T10:00:00+05', '2025-10-09T05:00:00Z', '2025-10-09T05:00:00Z', ''],
    ['2025-10-09T10:00:00+5', '2025-10-09T05:00:00Z', '2025-10-09T05:00:00Z', ''],
    ['2025-10-09T10:00:00-00:30', '2025-10-09T09:30:00Z', '2025-10-09T09:30:00Z', 'lenient'],
    ['2025-10-09T10:00:00+123', '2025-10-08T21:57:00Z', '2025-10-08T21:57:00Z', 'lenient'],
    ['2025-10-09T10:00:00+01:00:30', '2025-10-09T08:59:30Z', '2025-10-09T08:59:30Z', ''],
    ['2025-10-09T10:00:00+24:00', 'refused', 'refused', ''],
  ]);
  // Quoted, Psych's reading of the offset does not apply: Time.parse ignores `+5` and reads -00:30 correctly.
  rows([
    ['2025-10-09T10:00:00+5', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09T10:00:00-00:30', '2025-10-09T10:30:00Z', '2025-10-09T10:30:00Z', ''],
  ], { quoted: true });
});

describe("zone names: the ones Ruby's Time knows are applied, the others are ignored (site time)", () => {
  rows([
    ['2025-10-09 10:00:00 UTC', '2025-10-09T10:00:00Z', '2025-10-09T10:00:00Z', ''],
    ['2025-10-09 10:00:00 GMT', '2025-10-09T10:00:00Z', '2025-10-09T10:00:00Z', ''],
    ['2025-10-09T10:00:00 Z', '2025-10-09T10:00:00Z', '2025-10-09T10:00:00Z', ''],
    ['2025-10-09 10:00:00 EST', '2025-10-09T15:00:00Z', '2025-10-09T15:00:00Z', ''],
    ['2025-10-09 10:00:00 EDT', '2025-10-09T14:00:00Z', '2025-10-09T14:00:00Z', ''],
    ['2025-10-09 10:00:00 PDT', '2025-10-09T17:00:00Z', '2025-10-09T17:00:00Z', ''],
    ['2025-10-09 10:00:00 CET', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 CEST', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 BST', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 JST', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 GMT+2', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 Eastern Standard Time', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
    ['2025-10-09 10:00:00 +0000 UTC', '2025-10-09T10:00:00Z', '2025-10-09T10:00:00Z', 'lenient'],
  ]);

  test("the site zone's own abbreviations are applied too: CET and CEST in a Berlin site", () => {
    // Same build, timezone: Europe/Berlin (CEST, +02:00, is in force on 9 October).
    for (const [text, instant] of [
      ['2025-10-09 10:00:00 CET', '2025-10-09T09:00:00.000Z'],
      ['2025-10-09 10:00:00 CEST', '2025-10-09T08:00:00.000Z'],
      ['2025-10-09 10:00:00 BST', '2025-10-09T08:00:00.000Z'],
      ['Fri Sep  3 11:21:31 CEST 2021', '2021-09-03T09:21:31.000Z'],
    ] as const) {
      const reading = readDate(text, 'Europe/Berlin');
      assert.ok(reading.ok, text);
      assert.equal(reading.date.toISOString(), instant, text);
    }
  });
});

describe('RFC 2822 and date(1) output', () => {
  rows([
    ['Fri Sep  3 11:21:31 CEST 2021', '2021-09-03T11:21:31Z', '2021-09-03T15:21:31Z', 'lenient'],
    ['Fri Sep  3 11:21:31 UTC 2021', '2021-09-03T11:21:31Z', '2021-09-03T11:21:31Z', ''],
    ['Fri Sep  3 11:21:31 EDT 2021', '2021-09-03T15:21:31Z', '2021-09-03T15:21:31Z', ''],
    ['Fri Sep  3 11:21:31 2021', '2021-09-03T11:21:31Z', '2021-09-03T15:21:31Z', ''],
    ['Fri, 03 Sep 2021 11:21:31 +0200', '2021-09-03T09:21:31Z', '2021-09-03T09:21:31Z', ''],
    ['Tue, 03 Sep 2021 11:21:31 +0200', '2021-09-03T09:21:31Z', '2021-09-03T09:21:31Z', 'lenient'],
    ['Fri, 03 Sep 2021 11:21:31 GMT', '2021-09-03T11:21:31Z', '2021-09-03T11:21:31Z', ''],
    ['Fri, 3 Sep 2021 11:21:31 -0000', '2021-09-03T11:21:31Z', '2021-09-03T11:21:31Z', ''],
    ['03 Sep 2021 11:21 +0200', '2021-09-03T09:21:00Z', '2021-09-03T09:21:00Z', ''],
    ['Thu Oct 9 2025 10:00:00 GMT+0200 (Central European Summer Time)', '2025-10-09T10:00:00Z', '2025-10-09T14:00:00Z', 'lenient'],
  ]);
});

describe('month names, English and abbreviated, day first or last', () => {
  rows([
    ['September 3, 2021 11:21', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', ''],
    ['September 3, 2021', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['Sep 3, 2021', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['Sept. 3, 2021 11:21 PM', '2021-09-03T23:21:00Z', '2021-09-04T03:21:00Z', ''],
    ['September 3rd, 2021 at 11:21', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', ''],
    ['Friday, September 3, 2021 11:21 AM', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', ''],
    ['3 September 2021', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['3rd September 2021 11:21', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', ''],
    ['3-Sep-2021', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['2021-Sep-03', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['September 2021', '2021-09-01T00:00:00Z', '2021-09-01T04:00:00Z', 'lenient'],
    ['Sep 3, 21', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', 'lenient'],
    ["Sep 3 '21", '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', 'lenient'],
  ]);
});

describe('numbers with slashes, dots or nothing between them', () => {
  rows([
    ['2021/09/03', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['2021/9/3 11:21', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', ''],
    ['2021/09/03 11:21:31 +0200', '2021-09-03T09:21:31Z', '2021-09-03T09:21:31Z', ''],
    ['09/03/2021', '2021-03-09T00:00:00Z', '2021-03-09T05:00:00Z', 'lenient'],
    ['13/09/2021', '2021-09-13T00:00:00Z', '2021-09-13T04:00:00Z', 'lenient'],
    ['09/03/21', '2009-03-21T00:00:00Z', '2009-03-21T04:00:00Z', 'lenient'],
    ['03.09.2021', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', 'lenient'],
    ['03.09.2021 11:21', '2021-09-03T11:21:00Z', '2021-09-03T15:21:00Z', 'lenient'],
    ['2021.09.03', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['20210903', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', ''],
    ['20210903T112131', '2021-09-03T11:21:31Z', '2021-09-03T15:21:31Z', ''],
    ['20210903T112131Z', '2021-09-03T11:21:31Z', '2021-09-03T11:21:31Z', ''],
    ['210903', '2021-09-03T00:00:00Z', '2021-09-03T04:00:00Z', 'lenient'],
  ]);
});

describe('a.m., p.m. and 10h30', () => {
  rows([
    ['2025-10-09 10:00 pm', '2025-10-09T22:00:00Z', '2025-10-10T02:00:00Z', ''],
    ['2025-10-09 12:30 am', '2025-10-09T00:30:00Z', '2025-10-09T04:30:00Z', ''],
    ['2025-10-09 10pm', '2025-10-09T22:00:00Z', '2025-10-10T02:00:00Z', ''],
    ['2025-10-09 10h30', '2025-10-09T10:30:00Z', '2025-10-09T14:30:00Z', ''],
  ]);
});

describe('a day or time that does not exist rolls over as in Ruby', () => {
  rows([
    ['2025-02-29', '2025-03-01T00:00:00Z', '2025-03-01T05:00:00Z', 'lenient'],
    ['2025-02-30', '2025-03-02T00:00:00Z', '2025-03-02T05:00:00Z', 'lenient'],
    ['2025-04-31', '2025-05-01T00:00:00Z', '2025-05-01T04:00:00Z', 'lenient'],
    ['2025-10-09 24:00:00', '2025-10-10T00:00:00Z', '2025-10-10T00:00:00Z', 'lenient'],
    ['2025-10-09 24:00', '2025-10-10T00:00:00Z', '2025-10-10T04:00:00Z', 'lenient'],
    ['2025-10-09 23:59:60', '2025-10-10T00:00:00Z', '2025-10-10T00:00:00Z', 'lenient'],
    ['2025-10-09 25:00:00 +0100', '2025-10-10T00:00:00Z', '2025-10-10T00:00:00Z', 'lenient'],
    ['2025-02-30 23:00:00 -0200', '2025-03-03T01:00:00Z', '2025-03-03T01:00:00Z', 'lenient'],
    // Psych's Time.new keeps the day in five bits: 31 April 19:00 -05:00 is 32 April in UTC, that is day 0, 31 March.
    ['2025-04-31 19:00:00 -0500', '2025-03-31T00:00:00Z', '2025-03-31T00:00:00Z', 'lenient'],
    ['0100-02-29', '0100-03-01T00:00:00Z', '0100-03-01T04:55:58Z', 'lenient'],
    ['0004-02-29', '0004-02-29T00:00:00Z', '0004-02-29T04:55:58Z', ''],
  ]);
  // Quoted, Time.parse applies the offset field by field and only moves a day to the 1st of the next month.
  rows([
    ['2025-10-09 24:00:00', '2025-10-10T00:00:00Z', '2025-10-10T04:00:00Z', 'lenient'],
    ['2025-02-30 23:00:00 -0200', '2025-03-01T01:00:00Z', '2025-03-01T01:00:00Z', 'lenient'],
    ['2025-04-31 19:00:00 -0500', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z', 'lenient'],
  ], { quoted: true });
});

describe('what Jekyll refuses ("Invalid date \'…\': Document \'…\' does not have a valid date") is refused', () => {
  rows([
    ['next tuesday', 'refused', 'refused', ''],
    ['garbage', 'refused', 'refused', ''],
    ['2025-02-32', 'refused', 'refused', ''],
    ['2025-13-01', 'refused', 'refused', ''],
    ['2025-00-10', 'refused', 'refused', ''],
    ['2025-10-00', 'refused', 'refused', ''],
    ['2025-10-09 25:00:00', 'refused', 'refused', ''],
    ['2025-10-09 24:30:00', 'refused', 'refused', ''],
    ['2025-10-09 23:60:00', 'refused', 'refused', ''],
    ['2025-10-09 23:59:61', 'refused', 'refused', ''],
    ['09/13/2021', 'refused', 'refused', ''],
    ['2021-W35-5', 'refused', 'refused', ''],
    ['2021', 'refused', 'refused', ''],
  ]);
});

describe('around the New York DST changes, site time is what Ruby\'s Time.local makes of it', () => {
  // Skipped 02:30 is 03:30 EDT; the repeated 01:30 is the second one, EST.
  rows([
    ['2025-03-09 02:30:00', '2025-03-09T02:30:00Z', '2025-03-09T07:30:00Z', ''],
    ['2025-11-02 01:30:00', '2025-11-02T01:30:00Z', '2025-11-02T06:30:00Z', ''],
  ], { quoted: true });
  rows([
    ['2025-03-09 02:30', '2025-03-09T02:30:00Z', '2025-03-09T07:30:00Z', ''],
    ['2025-11-02 01:30', '2025-11-02T01:30:00Z', '2025-11-02T06:30:00Z', ''],
    ['2025-03-09 02:30:00', '2025-03-09T02:30:00Z', '2025-03-09T02:30:00Z', ''],
  ]);
});

describe('years: four digits kept as written, two digits completed as Ruby does', () => {
  rows([
    ['0025-03-04T05:06:07', '0025-03-04T05:06:07Z', '0025-03-04T05:06:01Z', ''],
    ['0099-12-31 23:00:00 +01:00', '0099-12-31T22:00:00Z', '0099-12-31T21:59:56Z', ''],
    ['0001-01-01', '0001-01-01T00:00:00Z', '0001-01-01T04:55:58Z', ''],
    ['25-10-09', '2025-10-09T00:00:00Z', '2025-10-09T04:00:00Z', 'lenient'],
    ['99-10-09', '1999-10-09T00:00:00Z', '1999-10-09T04:00:00Z', 'lenient'],
    ['68-01-01', '2068-01-01T00:00:00Z', '2068-01-01T05:00:00Z', 'lenient'],
  ]);
});

describe('before standard time, Jekyll loses the seconds of local mean time (New York: -04:56:02)', () => {
  rows([
    ['1800-01-01', '1800-01-01T00:00:00Z', '1800-01-01T04:55:58Z', ''],
    ['1883-11-18 00:00:00', '1883-11-18T00:00:00Z', '1883-11-17T23:59:54Z', ''],
  ]);
  rows([
    ['1883-11-18 00:00:00', '1883-11-18T00:00:00Z', '1883-11-18T04:55:58Z', ''],
  ], { quoted: true });
});

describe('the note says what Jekyll made of the odd part and how to write it plainly', () => {
  const note = (text: string, timeZone: string, quoted = false): string | undefined => {
    const reading = readDate(text, timeZone, { quoted });
    assert.ok(reading.ok, text);
    return reading.note;
  };

  test('junk after the time is named, with the reading in the site zone', () => {
    assert.equal(
      note('2017-02-10 00:10::00 -03:00', newYork),
      '"2017-02-10 00:10::00 -03:00" is read as Jekyll reads it, 2017-02-10T00:10:00-05:00: Jekyll ignores "::00 -03:00". Write 2017-02-10T00:10:00-05:00 to say so plainly, or fix the date if you meant something else.',
    );
  });

  test('a zone name Ruby does not know', () => {
    assert.equal(
      note('Fri Sep  3 11:21:31 CEST 2021', 'UTC'),
      '"Fri Sep  3 11:21:31 CEST 2021" is read as Jekyll reads it, 2021-09-03T11:21:31Z: Jekyll does not know the zone "CEST" and reads the time in the site\'s zone, UTC. Write 2021-09-03T11:21:31Z to say so plainly, or fix the date if you meant something else.',
    );
  });

  test('an offset beyond ±14:00, one with 60 minutes or more, and Psych reading -00:30 as +00:30', () => {
    assert.match(note('2020-06-24 16:15:16+16:00', 'UTC') ?? '', /, 2020-06-24T00:15:16Z: \+16:00 is beyond any real zone's offset \(±14:00\), and Jekyll applies it anyway\./);
    assert.match(note('2025-10-09 10:00:00 +01:75', 'UTC') ?? '', /: Jekyll reads the offset \+01:75 as \+02:15\./);
    assert.match(note('2025-10-09T10:00:00-00:30', 'UTC') ?? '', /: Jekyll reads the offset -00:30 as \+00:30\./);
    assert.equal(note('2025-10-09T10:00:00-00:30', 'UTC', true), undefined, 'quoted, Ruby reads -00:30 as written');
  });

  test('a rolled-over day, a two-digit year, day-first numbers, a missing day and a wrong weekday', () => {
    assert.match(note('2025-02-30', newYork) ?? '', /, 2025-03-02: there is no 30 February 2025, and Jekyll rolls it over\. Write 2025-03-02 /);
    assert.match(note('25-10-09', 'UTC') ?? '', /: Ruby reads the two-digit year 25 as 2025\./);
    assert.match(note('09/03/2021', 'UTC') ?? '', /, 2021-03-09: Ruby reads numbers with the year last as day\/month\/year, here 9 March\./);
    assert.match(note('September 2021', 'UTC') ?? '', /, 2021-09-01: it has no day, and Jekyll takes the 1st\./);
    assert.match(note('Tue, 03 Sep 2021 11:21:31 +0200', 'UTC') ?? '', /: it says Tuesday, but that day is a Friday, and Jekyll ignores the weekday\./);
  });

  test('the forms people mean plainly carry no note', () => {
    for (const text of ['2025-10-09', '2025-10-09T02:00:00', '2025-10-09 02:00', '2025-10-09 11:08:38.000000000 +00:00', 'September 3, 2021 at 11:21', 'Fri, 03 Sep 2021 11:21:31 +0200']) {
      assert.equal(note(text, newYork), undefined, text);
    }
  });
});

describe('refusals say what is wrong', () => {
  const reason = (text: string): string => {
    const reading = readDate(text, 'UTC');
    assert.equal(reading.ok, false, text);
    return reading.ok ? '' : reading.reason;
  };

  test('as Jekyll refuses them', () => {
    assert.equal(reason('next tuesday'), '"next tuesday" is not a date');
    assert.equal(reason('2025-02-32'), '"2025-02-32" names a day that does not exist');
    assert.equal(reason('09/13/2021'), '"09/13/2021" names a day that does not exist');
    assert.equal(reason('2025-10-09 24:30:00'), '"2025-10-09 24:30:00" has a time of day that does not exist');
    assert.equal(reason('2025-10-09T10:00:00+24:00'), '"2025-10-09T10:00:00+24:00" has an offset of +24:00, a day or more');
    assert.equal(reason(`2025-10-09 ${'x'.repeat(120)}`), `"2025-10-09 ${'x'.repeat(120)}" is longer than 128 bytes, more than Ruby reads as a date`);
    assert.equal(readDate(`2025-10-09 ${'é'.repeat(58)}`, 'UTC').ok, true, '127 bytes');
    assert.equal(readDate(`2025-10-09 ${'é'.repeat(59)}`, 'UTC').ok, false, '129 bytes');
  });

  // Deliberate differences: Jekyll reads these, but as a date that depends on the build or that no URL can hold.
  test('a date without a year, which Jekyll would put in the year it is built in', () => {
    assert.equal(reason('September 3'), '"September 3" has no year (Jekyll would take the year it is built in, so the date would move every New Year)');
    assert.equal(reason('11:21'), '"11:21" has no year (Jekyll would take the year it is built in, so the date would move every New Year)');
  });

  test('a day-of-year date (Jekyll: 2021-246 is 3 September 2021), a BC date and a five-digit year', () => {
    assert.equal(reason('2021-246'), '"2021-246" is a day-of-year date, which Broadsheet does not read');
    assert.equal(reason('2025-10-09 BC'), '"2025-10-09 BC" names the year -2024; Broadsheet reads years 0001 to 9999');
    assert.equal(reason('10000-01-01'), '"10000-01-01" names the year 10000; Broadsheet reads years 0001 to 9999');
  });
});

describe("a file name's date, read by Jekyll's DATE_FILENAME_MATCHER and Time.parse", () => {
  // Same builds, with `_posts/<name>` and no `date:`; Jekyll's URL shows the day below in both zones.
  test('unpadded month and day: 2017-2-5-i-dont-like-zeroes.md is /2017/02/05/', () => {
    assert.deepEqual(splitDatedFileName('2017-2-5-i-dont-like-zeroes.md'), { date: { year: 2017, month: 2, day: 5 }, slug: 'i-dont-like-zeroes' });
    assert.deepEqual(splitDatedFileName('2025-1-05-x.md'), { date: { year: 2025, month: 1, day: 5 }, slug: 'x' });
  });

  test('two- and three-digit years, as Ruby completes them', () => {
    const { note, ...split } = splitDatedFileName('25-10-09-x.md');
    assert.deepEqual(split, { date: { year: 2025, month: 10, day: 9 }, slug: 'x' });
    assert.match(note ?? '', /Ruby reads the two-digit year 25 as 2025/);
    assert.equal(splitDatedFileName('68-01-01-x.md').date?.year, 2068);
    assert.equal(splitDatedFileName('69-01-01-x.md').date?.year, 1969);
    assert.deepEqual(splitDatedFileName('202-10-09-x.md'), { date: { year: 202, month: 10, day: 9 }, slug: 'x' });
  });

  test('30 February rolls over to 2 March, with a note', () => {
    const { note, ...split } = splitDatedFileName('2025-02-30-x.md');
    assert.deepEqual(split, { date: { year: 2025, month: 3, day: 2 }, slug: 'x' });
    assert.match(note ?? '', /there is no 30 February 2025, and Jekyll rolls it over/);
  });

  test('a day Ruby refuses keeps the slug and says why (Jekyll: "does not have a valid date in the filename")', () => {
    assert.deepEqual(splitDatedFileName('2025-13-45-x.md'), { slug: 'x', problem: "the file name's date 2025-13-45 names a day that does not exist" });
    assert.deepEqual(splitDatedFileName('2025-02-32-x.md'), { slug: 'x', problem: "the file name's date 2025-02-32 names a day that does not exist" });
  });
});
