import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { listPostFiles } from '../../src/content/load.ts';
import { type Normalized, normalizePost } from '../../src/content/normalize.ts';
import type { Post } from '../../src/content/schema.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { resolveSite, siteSettings } from '../../src/site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = resolveSite(siteSettings(), {}, {}, 'src/site.ts');
const context = { site, md: createMarkdown(), fileExists: (sitePath: string) => existsSync(path.join(root, sitePath)) };

/** The keys of /work/shared/seed/rare-earths-export-rules.md, the shape imported Jekyll posts have. */
const seedKeys = ['author', 'categories', 'date', 'excerpt', 'image', 'layout', 'tags', 'title'];

const files = await listPostFiles(root);
const results: Array<[string, Normalized]> = files.map((file) => [file, normalizePost({ path: file, text: readFileSync(path.join(root, file), 'utf8') }, context)]);
const posts: Post[] = results.flatMap(([, result]) => (result.post ? [result.post] : []));
const distinct = (slugs: readonly string[]): number => new Set(slugs).size;

describe('sample images', () => {
  const images = readdirSync(path.join(root, 'assets/images'));

  test('every file in assets/images is named by the md5 of its bytes', () => {
    assert.ok(images.length >= 16, `expected the sample photos and avatars; found ${images.length} files`);
    for (const name of images) {
      const md5 = createHash('md5').update(readFileSync(path.join(root, 'assets/images', name))).digest('hex');
      assert.match(name, new RegExp(`^${md5}\\.(jpg|png|webp|gif|avif)$`), `assets/images/${name} holds bytes with md5 ${md5}`);
    }
  });

  test('every author has an avatar that exists', () => {
    for (const [key, author] of Object.entries(site.authors)) {
      assert.ok(author.avatar !== undefined && context.fileExists(author.avatar), `author ${key} has avatar ${String(author.avatar)}`);
    }
  });
});

describe('sample posts', () => {
  test('every post reads without problems or warnings', () => {
    for (const [file, result] of results) {
      assert.deepEqual([...result.problems, ...result.warnings], [], file);
    }
  });

  test('there are at least 12 posts across 4 categories, 10 tags and 3 known authors', () => {
    assert.ok(posts.length >= 12, `${posts.length} posts`);
    assert.ok(distinct(posts.flatMap((p) => p.categories.map((t) => t.slug))) >= 4, 'categories');
    assert.ok(distinct(posts.flatMap((p) => p.tags.map((t) => t.slug))) >= 10, 'tags');
    assert.ok(distinct(posts.flatMap((p) => (p.author?.known ? [p.author.key] : []))) >= 3, 'authors');
  });

  test('exactly one post has exactly the seed post’s front-matter keys, with no tags and no alt text', () => {
    const seedShaped = posts.filter((p) => JSON.stringify(Object.keys(p.data).sort()) === JSON.stringify(seedKeys));
    assert.deepEqual(seedShaped.map((p) => p.sourcePath), ['posts/2025-10-14-satellite-broadband-licence.md']);
    assert.deepEqual(seedShaped[0]?.data['tags'], []);
    assert.match(String(seedShaped[0]?.data['date']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  test('every other post with an image describes it in image_alt', () => {
    const seedShaped = 'posts/2025-10-14-satellite-broadband-licence.md';
    const missing = posts.filter((p) => p.image !== undefined && p.image.alt === '' && p.sourcePath !== seedShaped);
    assert.deepEqual(missing.map((p) => p.sourcePath), []);
  });

  test('the samples exercise each front-matter form the issue lists', () => {
    const has = (label: string, check: (p: Post) => boolean) => assert.ok(posts.some(check), `no sample post has ${label}`);
    has('an offset date', (p) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$/.test(String(p.data['date'])));
    has('a bare date', (p) => /^\d{4}-\d\d-\d\d$/.test(String(p.data['date'])));
    has('tags as a space-separated string', (p) => typeof p.data['tags'] === 'string' && p.tags.length > 1);
    has('an image caption', (p) => p.image?.caption !== undefined);
    has('featured: true', (p) => p.featured);
    has('a body image that exists', (p) => [...p.body.matchAll(/!\[[^\]]+\]\(\/(assets\/images\/[0-9a-f]{32}\.jpg)\)/g)].some((m) => context.fileExists(m[1] ?? '')));
  });

  test('dates are in 2025 and file names carry the day the URL shows', () => {
    for (const p of posts) {
      assert.equal(p.date.getUTCFullYear(), 2025, p.sourcePath);
      assert.ok(p.sourcePath.startsWith(`posts/${p.url.slice(1, 11).replaceAll('/', '-')}-`), `${p.sourcePath} → ${p.url}`);
    }
  });
});
