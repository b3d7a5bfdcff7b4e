/**
 * The bench's synthetic corpus (bench/corpus.ts): the same seed must give the same bytes, or two bench runs measure
 * different inputs; and every post must be a valid story in the seed's shape, or the build measures error paths.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import matter from 'gray-matter';
import { type Corpus, corpusEnd, generateCorpus, planPosts, siteOverrides, tagNames } from '../../bench/corpus.ts';
import { normalizePost } from '../../src/content/normalize.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { resolveSite, siteSettings } from '../../src/site.ts';

/** The keys of /work/shared/seed/rare-earths-export-rules.md, in its order. */
const seedKeys = ['layout', 'title', 'date', 'author', 'categories', 'tags', 'excerpt', 'image'];

let corpus: Corpus;
let twin: Corpus;

before(async () => {
  corpus = await generateCorpus({ posts: 20, seed: 7 });
  twin = await generateCorpus({ posts: 20, seed: 7 });
});

after(async () => {
  await rm(corpus.root, { recursive: true, force: true });
  await rm(twin.root, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), await readFile(file));
  }
  return files;
}

async function postText(file: string): Promise<string> {
  return readFile(path.join(corpus.root, file), 'utf8');
}

test('the same size and seed give byte-identical posts, images and site settings', async () => {
  const [first, second] = await Promise.all([filesUnder(corpus.root), filesUnder(twin.root)]);
  assert.equal(first.size, 20 + 20 + 1);
  assert.deepEqual([...first.keys()].sort(), [...second.keys()].sort());
  for (const [file, bytes] of first) assert.ok(bytes.equals(second.get(file) ?? Buffer.alloc(0)), `${file} differs between two runs`);
});

test('a different seed gives different posts', () => {
  const plan = (seed: number) => planPosts({ posts: 20, seed, images: ['a.jpg', 'b.jpg'], end: corpusEnd }).map((post) => post.text);
  const one = plan(1);
  const two = plan(2);
  assert.equal(one.filter((text, i) => text === two[i]).length, 0);
});

test('every post parses with gray-matter and has exactly the seed front-matter keys, in order', async () => {
  for (const post of corpus.posts) {
    const parsed = matter(await postText(post.path));
    assert.deepEqual(Object.keys(parsed.data), seedKeys, post.path);
    assert.equal(parsed.data['layout'], 'post');
    assert.ok(Array.isArray(parsed.data['categories']) && parsed.data['categories'].length > 0, `${post.path}: categories`);
    assert.ok(Array.isArray(parsed.data['tags']), `${post.path}: tags`);
    const words = parsed.content.split(/\s+/).filter((word) => word !== '').length;
    assert.ok(words >= 300 && words <= 1100, `${post.path}: ${words} words`);
    assert.match(parsed.content, /^## /m);
    assert.match(parsed.content, /^- /m);
  }
});

test('dates are written without an offset, like the seed, and fall in the two years before the build time', async () => {
  const earliest = corpusEnd.getTime() - 731 * 86_400_000;
  for (const post of corpus.posts) {
    const line = /^date: (.*)$/m.exec(await postText(post.path))?.[1] ?? '';
    assert.match(line, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/, post.path);
    const instant = Date.parse(`${line}Z`);
    assert.ok(instant >= earliest && instant < Date.parse(corpus.buildTime), `${post.path}: ${line}`);
  }
});

test('images are named by the md5 of their bytes and every post uses one of them', async () => {
  assert.equal(corpus.images.length, 20);
  for (const name of corpus.images) {
    const bytes = await readFile(path.join(corpus.root, 'assets/images', name));
    assert.equal(name, `${createHash('md5').update(bytes).digest('hex')}.jpg`);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xff, 0xd8, 0xff], `${name} is not a JPEG`);
  }
  for (const post of corpus.posts) {
    const image = String(matter(await postText(post.path)).data['image']);
    assert.ok(corpus.images.includes(image.replace(/^assets\/images\//, '')), `${post.path}: ${image}`);
  }
});

test('every post normalizes without problems or warnings under the corpus site settings', async () => {
  const site = resolveSite(siteSettings(), siteOverrides(), {}, 'site.json');
  const images = new Set(corpus.images.map((name) => `assets/images/${name}`));
  const context = { site, md: createMarkdown(), fileExists: (sitePath: string) => images.has(sitePath) };
  const urls = new Set<string>();
  for (const post of corpus.posts) {
    const result = normalizePost({ path: post.path, text: await postText(post.path) }, context);
    assert.deepEqual([...result.problems, ...result.warnings], [], post.path);
    assert.ok(result.post?.url.endsWith(`/${post.stem}/`), `${post.path}: ${result.post?.url}`);
    urls.add(result.post?.url ?? '');
  }
  assert.equal(urls.size, corpus.posts.length);
});

test('tag use is skewed: the commonest tag is on many posts, most tags on few', () => {
  const counts = new Map<string, number>();
  for (const post of planPosts({ posts: 1000, seed: 3, images: ['a.jpg'], end: corpusEnd })) {
    const tags = /^tags: \[(.*)\]$/m.exec(post.text)?.[1] ?? '';
    for (const tag of tags.split(', ').filter((t) => t !== '')) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const sorted = [...counts.values()].sort((a, b) => b - a);
  assert.equal(tagNames().length, 200);
  assert.ok(counts.size > 150, `${counts.size} distinct tags`);
  assert.ok((sorted[0] ?? 0) > 10 * (sorted[Math.floor(sorted.length / 2)] ?? 0), `top ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}`);
});
