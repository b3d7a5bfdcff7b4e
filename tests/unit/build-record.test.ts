/**
 * When a build's output still holds (issue #14): the clock changes a site's output when a scheduled story comes out,
 * when a story enters or leaves the news sitemap's 48 hours, and at once when a template prints it; and the digests
 * of what a build reads tell a post's edit from a change every layout sees.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Post } from '../../src/content/schema.ts';
import { type BuildRecord, inputDigest, stillValid } from '../../src/build/build-record.ts';
import type { BuildOptions } from '../../src/build/options.ts';
import { validUntil } from '../../src/build/valid-until.ts';
import { defaultSettings } from '../../src/site.ts';

const now = new Date('2025-10-10T12:00:00Z');
const hours = (n: number): number => n * 60 * 60 * 1000;
const dated = (iso: string): Post => ({ date: new Date(iso) }) as Post;
/** Breaking and featured windows of their default sizes; none of these stories is either (tests/unit/breaking-windows.test.ts). */
const site = defaultSettings();

describe('validUntil', () => {
  test('an old archive with nothing scheduled holds forever', () => {
    assert.equal(validUntil({ now, stories: [dated('2024-01-01T00:00:00Z')], nextPublication: undefined, readsClock: false, site }), undefined);
  });

  test('a scheduled story left out ends it when it comes out', () => {
    const next = new Date('2025-10-20T08:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [], nextPublication: next, readsClock: false, site }), next);
  });

  test('a story in the news sitemap ends it just after its 48 hours', () => {
    const story = dated('2025-10-09T12:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [story], nextPublication: undefined, readsClock: false, site }), new Date(story.date.getTime() + hours(48) + 1));
  });

  test('a story built early (--future) ends it at its date, when it joins the news sitemap', () => {
    const early = dated('2025-10-11T06:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [early, dated('2025-10-09T12:00:00Z')], nextPublication: undefined, readsClock: false, site }), early.date);
  });

  test('the earliest of them wins', () => {
    const next = new Date('2025-10-10T13:00:00Z');
    assert.deepEqual(validUntil({ now, stories: [dated('2025-10-09T12:00:00Z')], nextPublication: next, readsClock: false, site }), next);
  });

  test('a template that prints the clock holds only at the instant it was built', () => {
    assert.deepEqual(validUntil({ now, stories: [], nextPublication: undefined, readsClock: true, site }), now);
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

describe('inputDigest', () => {
  const make = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-digest-'));
    const generator = path.join(dir, 'generator');
    const root = path.join(dir, 'site');
    for (const file of ['src/build.ts', 'layouts/post.tsx', 'package.json']) {
      mkdirSync(path.dirname(path.join(generator, file)), { recursive: true });
      writeFileSync(path.join(generator, file), `// ${file}\n`);
    }
    for (const file of ['posts/a.md', 'assets/images/x.jpg', 'site.json']) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), `${file}\n`);
    }
    const options = { root, generatorDir: generator, eleventyConfig: path.join(generator, '.eleventy.ts'), imageCache: path.join(root, '.cache/images'), output: path.join(root, '_site'), warnings: [], site: { title: 'T' } } as unknown as BuildOptions;
    return { dir, generator, root, digest: () => inputDigest(options, [path.join(root, '_site')], {}) };
  };
  const later = (file: string) => utimesSync(file, new Date(), new Date(Date.now() + 60_000));

  test('a post edited changes the inputs, not what every layout reads nor what bodies are rendered with', () => {
    const site = make();
    const before = site.digest();
    writeFileSync(path.join(site.root, 'posts/a.md'), 'edited\n');
    const after = site.digest();
    assert.notEqual(after.inputs, before.inputs);
    assert.equal(after.layouts, before.layouts);
    assert.equal(after.renderer, before.renderer);
    rmSync(site.dir, { recursive: true, force: true });
  });

  test('another file of the site changes what layouts read; the output folder and .cache do not count', () => {
    const site = make();
    const before = site.digest();
    mkdirSync(path.join(site.root, '_site'), { recursive: true });
    writeFileSync(path.join(site.root, '_site/index.html'), 'built');
    mkdirSync(path.join(site.root, '.cache/build'), { recursive: true });
    writeFileSync(path.join(site.root, '.cache/build/x.json'), '{}');
    assert.deepEqual(site.digest(), before);
    writeFileSync(path.join(site.root, 'assets/images/y.jpg'), 'new photo');
    const after = site.digest();
    assert.notEqual(after.layouts, before.layouts);
    assert.equal(after.renderer, before.renderer);
    rmSync(site.dir, { recursive: true, force: true });
  });

  test("the generator counts by content: a fresh checkout's new modification times change nothing, an edit does", () => {
    const site = make();
    const before = site.digest();
    later(path.join(site.generator, 'src/build.ts'));
    later(path.join(site.generator, 'package.json'));
    assert.deepEqual(site.digest(), before);
    writeFileSync(path.join(site.generator, 'layouts/post.tsx'), '// edited\n');
    const after = site.digest();
    assert.notEqual(after.renderer, before.renderer);
    assert.notEqual(after.layouts, before.layouts);
    rmSync(site.dir, { recursive: true, force: true });
  });
});
