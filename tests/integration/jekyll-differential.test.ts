/**
 * Differential test against Jekyll 4.3.1 itself (issue #11): the oracle corpus (tests/jekyll/corpus, 297 files)
 * read by Broadsheet under each of the five configurations Jekyll built it with, compared post by post with
 * Jekyll's committed answers (tests/jekyll/answers; `bash tests/jekyll/regenerate.sh` makes them again). Any
 * difference in URL, instant, title, categories, tags, excerpt text or what is published fails, unless
 * tests/jekyll/differences.ts lists it with its reason; a listed difference that no longer happens fails too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Comparison, compareWithJekyll, type Mismatch } from '../jekyll/compare.ts';
import { jekyllConfigs } from '../jekyll/configs.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizePost } from '../../src/content/normalize.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { checkSite, defaultSettings } from '../../src/site.ts';
import { loadFatalAnswers } from '../jekyll/answers.ts';
import { builtWhereJekyllStops, knownDifferences } from '../jekyll/differences.ts';

const isKnown = (config: string, mismatch: Mismatch): boolean =>
  knownDifferences.some((known) => known.path === mismatch.path && known.fields.includes(mismatch.field) && (known.configs === undefined || known.configs.some((name) => name === config)));

const describeMismatch = (m: Mismatch): string => `${m.field} of ${m.path}\n    jekyll: ${m.jekyll}\n    ours:   ${m.ours}`;

describe('Broadsheet reads a Jekyll site as Jekyll 4.3.1 does (issue #11)', () => {
  const results = new Map<string, Comparison>();
  for (const config of jekyllConfigs()) {
    test(`${config.name}: every post Jekyll publishes, at its URL with its instant, title, terms and excerpt`, async (t) => {
      const result = await compareWithJekyll(config);
      results.set(config.name, result);
      const unexpected = result.mismatches.filter((mismatch) => !isKnown(config.name, mismatch));
      assert.deepEqual(unexpected.map(describeMismatch), [], `differences from Jekyll not listed in tests/jekyll/differences.ts`);
      // Nothing Jekyll skips is published, ever: no difference of that kind is allowed, listed or not.
      assert.deepEqual(result.mismatches.filter((m) => m.jekyll === 'skipped').map(describeMismatch), []);
      const rate = result.matched / result.published;
      t.diagnostic(`${config.name}: ${result.matched} of ${result.published} posts at Jekyll's URL with Jekyll's instant and title (${(100 * rate).toFixed(1)}%); the rest are listed differences`);
      assert.ok(rate >= 0.96, `${(100 * rate).toFixed(1)}%`);
    });
  }

  test('what stops Jekyll\'s build is refused too, naming the file, except the listed lenient cases', () => {
    const checked = checkSite(defaultSettings(), { permalink: 'date', timeZone: 'UTC' }, {}, 'date-utc');
    assert.ok(checked.ok);
    const fatal = loadFatalAnswers();
    const built = fatal.cases.filter((entry) => {
      const text = readFileSync(path.join(import.meta.dirname, '../jekyll/fatal', entry.path), 'utf8');
      const result = normalizePost({ path: entry.path, text }, { site: checked.site, md: createMarkdown(), fileExists: () => true });
      if (result.post === undefined) assert.ok(result.problems.every((problem) => problem.file === entry.path), entry.path);
      return result.post !== undefined;
    });
    assert.deepEqual(built.map((entry) => entry.path).sort(), builtWhereJekyllStops.map((entry) => entry.path).sort());
  });

  test('every listed difference still happens (the list has no stale entries)', () => {
    assert.equal(results.size, jekyllConfigs().length, 'the configurations ran first');
    const stale = knownDifferences.flatMap((known) =>
      known.fields.filter((field) => ![...results.entries()].some(([name, result]) => (known.configs === undefined || known.configs.some((c) => c === name)) && result.mismatches.some((m) => m.path === known.path && m.field === field))).map((field) => `${field} of ${known.path}`),
    );
    assert.deepEqual(stale, []);
  });
});
