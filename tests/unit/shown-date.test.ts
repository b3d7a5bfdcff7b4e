/**
 * Shown dates carry their zone (issue #15): "9 October 2025, 12:08 BST", the abbreviation the zone goes by where
 * it is used, changing with daylight saving; a day-only date shows no zone, and a site can turn the zone off or
 * write its own zone token.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type DateDisplay, showDate, zoneAbbreviation } from '../../src/content/shown-date.ts';

const summer = new Date('2025-07-09T11:08:00Z');
const winter = new Date('2025-01-09T11:08:00Z');

const display = (overrides: Partial<DateDisplay> = {}): DateDisplay => ({
  timeZone: 'Europe/London',
  language: 'en',
  dateFormat: 'd MMMM yyyy, HH:mm',
  dayFormat: 'd MMMM yyyy',
  showTimeZone: true,
  ...overrides,
});

describe('the zone’s abbreviation where the zone is used, summer and winter', () => {
  const cases: Array<[zone: string, summer: string, winter: string]> = [
    ['Europe/London', 'BST', 'GMT'],
    ['America/New_York', 'EDT', 'EST'],
    ['America/Los_Angeles', 'PDT', 'PST'],
    ['Europe/Paris', 'CEST', 'CET'],
    ['Australia/Sydney', 'AEST', 'AEDT'],
    ['Asia/Kolkata', 'IST', 'IST'],
    ['Pacific/Auckland', 'NZST', 'NZDT'],
    ['Africa/Johannesburg', 'SAST', 'SAST'],
    ['UTC', 'UTC', 'UTC'],
  ];
  for (const [zone, inSummer, inWinter] of cases) {
    test(`${zone}: ${inSummer} in July, ${inWinter} in January`, () => {
      assert.equal(zoneAbbreviation(summer, zone, 'en'), inSummer);
      assert.equal(zoneAbbreviation(winter, zone, 'en'), inWinter);
    });
  }

  test('a zone English has no abbreviation for is shown by its offset', () => {
    assert.equal(zoneAbbreviation(summer, 'Asia/Tokyo', 'en'), 'GMT+9');
    assert.equal(zoneAbbreviation(summer, 'America/Sao_Paulo', 'en-GB'), 'GMT-3');
  });

  test('the site’s language is asked first: a Japanese site says JST, a German one MESZ', () => {
    assert.equal(zoneAbbreviation(summer, 'Asia/Tokyo', 'ja'), 'JST');
    assert.equal(zoneAbbreviation(summer, 'Europe/Berlin', 'de'), 'MESZ');
  });
});

describe('showDate', () => {
  test('a time of day is followed by the zone, as datelines are written', () => {
    assert.equal(showDate(summer, display()), '9 July 2025, 12:08 BST');
    assert.equal(showDate(winter, display()), '9 January 2025, 11:08 GMT');
    assert.equal(showDate(summer, display({ timeZone: 'America/New_York' })), '9 July 2025, 07:08 EDT');
  });

  test('a day-only date shows the day and no zone', () => {
    assert.equal(showDate(summer, display(), true), '9 July 2025');
  });

  test('a pattern with no time of day gets no zone; quoted words are not read as tokens', () => {
    assert.equal(showDate(summer, display({ dateFormat: 'd MMMM yyyy' })), '9 July 2025');
    assert.equal(showDate(summer, display({ dateFormat: "EEEE 'the' do 'of' MMMM" })), 'Wednesday the 9th of July');
    assert.equal(showDate(summer, display({ dateFormat: "d MMMM 'at' h:mm a" })), '9 July at 12:08 PM BST');
  });

  test('a pattern that writes its own zone is shown as it is', () => {
    assert.equal(showDate(summer, display({ dateFormat: 'd MMMM yyyy, HH:mm xxx' })), '9 July 2025, 12:08 +01:00');
  });

  test('showTimeZone: false shows the time alone', () => {
    assert.equal(showDate(summer, display({ showTimeZone: false })), '9 July 2025, 12:08');
  });

  test('the same date object shown in two displays keeps each one’s text', () => {
    assert.equal(showDate(summer, display({ timeZone: 'UTC' })), '9 July 2025, 11:08 UTC');
    assert.equal(showDate(summer, display()), '9 July 2025, 12:08 BST');
  });
});
