/**
 * `breaking.hours` and `frontPage.featuredHours` (issue #15): how long a breaking story is shown as breaking and how
 * long a featured story leads. Defaults, overrides, and each problem naming its setting and its fix.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { resolveSite, resolveSiteWithWarnings, type SiteInput } from '../../src/site.ts';
import { settingsProblems, siteIn } from './support.ts';

const base = (): SiteInput => siteIn('UTC');

/** Each problem `overrides` has, formatted as the build prints it. */
const problems = (overrides: Record<string, unknown>): string[] => settingsProblems(base(), overrides);

describe('defaults and overrides', () => {
  test('breaking for 6 hours, featured leading for 48', () => {
    const site = resolveSite(base(), {}, {}, 'site.json');
    assert.deepEqual(site.breaking, { hours: 6 });
    assert.equal(site.frontPage.featuredHours, 48);
  });

  test('a site sets either, fractions included, and keeps the other front-page numbers', () => {
    const site = resolveSite(base(), { breaking: { hours: 1.5 }, frontPage: { featuredHours: 24 } }, {}, 'site.json');
    assert.deepEqual(site.breaking, { hours: 1.5 });
    assert.deepEqual(site.frontPage, { ...base().frontPage, featuredHours: 24 });
  });

  test('a misspelt member is a warning naming what was meant', () => {
    const { warnings } = resolveSiteWithWarnings(base(), { breaking: { hour: 3 }, frontPage: { featuredhours: 3 } }, {}, 'site.json');
    const text = warnings.map(formatProblem).join('\n');
    assert.match(text, /`breaking\.hour` is not a setting, so it is ignored; did you mean `breaking\.hours`\?/);
    assert.match(text, /`frontPage\.featuredhours` is not a setting, so it is ignored; did you mean `frontPage\.featuredHours`\?/);
  });
});

describe('problems', () => {
  test('hours must be a number above 0: the message names the setting, what was found and what to write', () => {
    assert.deepEqual(problems({ breaking: { hours: 0 } }), [
      'site.json: `breaking.hours` must be a number of hours above 0; found 0 (a number). Set it to, say, 6: a breaking story is shown as breaking for 6 hours after its date.',
    ]);
    assert.deepEqual(problems({ frontPage: { featuredHours: '48' } }), [
      'site.json: `frontPage.featuredHours` must be a number of hours above 0; found "48" (text). Set it to, say, 48: a featured story leads the front page for 48 hours after its date.',
    ]);
  });

  test('negative, infinite, missing and non-number values are refused', () => {
    for (const hours of [-1, Number.POSITIVE_INFINITY, Number.NaN, null, true, [6]]) {
      const found = problems({ breaking: { hours }, frontPage: { featuredHours: hours } });
      assert.equal(found.length, 2, `${String(hours)}: ${found.join('\n')}`);
      assert.match(found.join('\n'), /`breaking\.hours` must be a number of hours above 0[\s\S]*`frontPage\.featuredHours` must be a number of hours above 0/);
    }
  });

  test('`breaking` must be a group', () => {
    assert.deepEqual(problems({ breaking: 6 }), ['site.json: `breaking` must be { hours }; found 6 (a number). Write e.g. { "hours": 6 }.']);
  });
});
