/**
 * Until when a build's output holds (issue #14): the clock changes a site's output when a scheduled story comes out,
 * when a story enters or leaves the news sitemap's 48 hours, and at once when a template prints it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Post } from '../../src/content/schema.ts';
import { stillValid, type BuildRecord } from '../../src/build/build-record.ts';
import { validUntil } from '../../src/build/valid-until.ts';

const now = new Date('2025-10-10T12:00:00Z');
const hours = (n: number): number => n * 60 * 60 * 1000;
const dated = (iso: string): Post => ({ date: new Date(iso) }) as Post;

describe('validUntil', () => {
  test('an old archive with nothing scheduled holds forever', () => {
    assert.equal(validUntil({ now, stories: [dated('2024-01-01T00:00:00Z')], nextPublication: undefined, readsClock: false }), undefined);
  });

  test('a scheduled story left out ends it when it comes out', () => {
    const next = new Date('2025-10-20T08:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [], nextPublication: next, readsClock: false }), next);
  });

  test('a story in the news sitemap ends it just after its 48 hours', () => {
    const story = dated('2025-10-09T12:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [story], nextPublication: undefined, readsClock: false }), new Date(story.date.getTime() + hours(48) + 1));
  });

  test('a story built early (--future) ends it at its date, when it joins the news sitemap', () => {
    const early = dated('2025-10-11T06:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [early, dated('2025-10-09T12:00:00Z')], nextPublication: undefined, readsClock: false }), early.date);
  });

  test('the earliest of them wins', () => {
    const next = new Date('2025-10-10T13:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [dated('2025-10-09T12:00:00Z')], nextPublication: next, readsClock: false }), next);
  });

  test('a template that prints the clock holds only at the instant it was built', () => {
    assert.deepEqual(validUntil({ now, stories: [], nextPublication: undefined, readsClock: true }), now);
  });
});

describe('stillValid', () => {
  const record: BuildRecord = { version: 1, output: '/site/_site', inputs: 'abc', validUntil: '2025-10-10T13:00:00.000Z', tree: 'def' };

  test('holds for the same inputs and folder before the record ends', () => {
    assert.equal(stillValid(record, 'abc', () => 'def', now), true);
    assert.equal(stillValid({ ...record, validUntil: null }, 'abc', () => 'def', new Date('2099-01-01T00:00:00Z')), true);
  });

  test('fails on other inputs, a changed folder, or from the instant the record ends', () => {
    assert.equal(stillValid(record, 'abd', () => 'def', now), false);
    assert.equal(stillValid(record, 'abc', () => 'deg', now), false);
    assert.equal(stillValid(record, 'abc', () => 'def', new Date('2025-10-10T13:00:00Z')), false);
  });
});
