/** The `story` and `showTimeZone` settings (issue #15): defaults, merging, and each problem naming its field. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { resolveSite, resolveSiteWithWarnings, type SiteInput } from '../../src/site.ts';
import { settingsProblems, siteIn } from './support.ts';

const base = (): SiteInput => siteIn('UTC');

/** Each problem `overrides` has, formatted as the build prints it. */
const problems = (overrides: Record<string, unknown>): string[] => settingsProblems(base(), overrides);

describe('defaults and overrides', () => {
  test('no drop cap, every share service, mastodon.social, zones shown', () => {
    const site = resolveSite(base(), {}, {}, 'site.json');
    assert.deepEqual(site.story, { dropCap: false, share: ['email', 'mastodon', 'bluesky', 'linkedin', 'x'], mastodonServer: 'mastodon.social' });
    assert.equal(site.showTimeZone, true);
  });

  test('a site changes one member and keeps the others', () => {
    const site = resolveSite(base(), { story: { dropCap: true, share: ['bluesky'] }, showTimeZone: false }, {}, 'site.json');
    assert.deepEqual(site.story, { dropCap: true, share: ['bluesky'], mastodonServer: 'mastodon.social' });
    assert.equal(site.showTimeZone, false);
  });

  test('a misspelt member is a warning naming what was meant', () => {
    const { warnings } = resolveSiteWithWarnings(base(), { story: { dropcap: true } }, {}, 'site.json');
    assert.match(warnings.map(formatProblem).join('\n'), /story\.dropcap[\s\S]*dropCap/);
  });
});

describe('problems', () => {
  test('each names its field and says what to write', () => {
    const found = problems({ showTimeZone: 'yes', story: { dropCap: 1, share: ['email', 'facebook', 'email'], mastodonServer: 'https://mas.to' } });
    const text = found.join('\n');
    for (const field of ['showTimeZone', 'story.dropCap', 'story.share[1]', 'story.share[2]', 'story.mastodonServer']) assert.match(text, new RegExp(field.replace(/[[\].]/g, '\\$&')), text);
    assert.match(text, /facebook[\s\S]*Use one of "email", "mastodon", "bluesky", "linkedin", "x"/);
    assert.match(text, /repeats "email"/);
    assert.match(text, /Write "mas\.to"/);
  });

  test('share must be a list, story an object', () => {
    assert.match(problems({ story: { share: 'email' } }).join('\n'), /story\.share[\s\S]*must be a list/);
    assert.match(problems({ story: true }).join('\n'), /story[\s\S]*must be \{ dropCap, share, mastodonServer \}/);
  });
});
