/**
 * Property test of the normalizer (issue #10): whatever front matter and file name it is given, it returns a post
 * or content problems, never throws, and a post's slug is never empty nor longer than the cap, its URL a plain
 * site path whose parts a file system can hold.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { maxSlugBytes } from '../../src/content/slug.ts';
import { frontMatterKeys } from '../../src/content/schema.ts';
import { checkUrlPath } from '../../src/urls/permalinks.ts';
import { normalize, siteIn } from './support.ts';

/** Text as hostile authors and careless editors write it: any Unicode, markup, path tricks, date-like forms. */
const nastyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '..', '../../etc/passwd', '/', '//evil.example/x', 'javascript:alert(1)', '<script>alert(1)</script>', '2025-10-09', '2025-10-09T11:08:38', '0025-01-01', '2025-02-30', '9999-12-31 23:59:59 +14:00', '\u0000', '\u202e', '🔥', 'C++', 'A.I.', '稀土出口', 'x'.repeat(400)),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const key = fc.oneof(fc.constantFrom(...frontMatterKeys), fc.string({ maxLength: 12 }));
const frontMatter = fc.dictionary(key, value, { maxKeys: 10 });

const fileName = fc.oneof(
  nastyText.map((name) => `${name}.md`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), nastyText).map(
    ([y, m, d, slug]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}-${slug}.md`,
  ),
);

/** A whole file: YAML made from values, or any text at all between the fences, or no front matter. */
const file = fc.oneof(
  fc.tuple(frontMatter, nastyText).map(([data, body]) => `---\n${stringify(data)}---\n${body}`),
  fc.tuple(fc.string({ maxLength: 200 }), nastyText).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`),
  fc.string({ maxLength: 200 }),
);

const sites = [siteIn('UTC'), siteIn('America/New_York', { permalink: 'pretty' }), siteIn('Pacific/Kiritimati', { permalink: '/:categories/:year/:slug.html' })];

describe('normalizePost, for any input', () => {
  test('returns a post or content problems and never throws; slugs are never empty nor over the cap', () => {
    fc.assert(
      fc.property(fileName, file, fc.constantFrom(...sites), fc.boolean(), (name, text, site, imagesExist) => {
        const path = `posts/${name.replaceAll('/', '_')}`;
        const result = normalize(path, text, { site, fileExists: () => imagesExist });
        if (result.post === undefined) {
          assert.ok(result.problems.length > 0, 'no post and no problem');
        } else {
          assert.deepEqual(result.problems, []);
          const { slug, url } = result.post;
          assert.ok(slug.length > 0, 'empty slug');
          assert.ok(Buffer.byteLength(slug) <= maxSlugBytes, `slug of ${Buffer.byteLength(slug)} bytes`);
          assert.deepEqual(checkUrlPath(url), { ok: true, url }, url);
        }
        for (const problem of [...result.problems, ...result.warnings]) {
          assert.equal(problem.file, path);
          assert.ok(problem.message.length > 0);
        }
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 3000) },
    );
  });
});
