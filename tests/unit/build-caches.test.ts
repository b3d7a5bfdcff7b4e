/**
 * What an incremental build keeps between builds (issue #14): page fingerprints that change whenever anything a
 * layout is given changes, and stores of posts and bodies that give back exactly what was kept, for the same
 * renderer digest only, rewriting only the shards that changed.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { FunctionComponent } from 'preact';
import { BodyCache, bodyKey } from '../../src/build/body-cache.ts';
import { KeptStore } from '../../src/build/kept-file.ts';
import { PageFingerprints, pageRecordsJson, readPageRecords } from '../../src/build/page-cache.ts';
import { PostCache } from '../../src/build/post-cache.ts';
import type { NormalizedSource } from '../../src/content/normalize-source.ts';
import type { SourceFile } from '../../src/content/normalize.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-caches-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const Layout: FunctionComponent<object> = () => null;
const draft = (props: object) => ({ layout: Layout, props });

describe('page fingerprints', () => {
  const post = { title: 'A', date: new Date('2025-10-09T11:08:38Z'), tags: ['x'] };
  const other = { title: 'B', date: new Date('2025-10-10T11:08:38Z'), tags: [] };

  test('the same props give the same fingerprint; any change inside them, however deep, another', () => {
    const a = new PageFingerprints(undefined, new Map(), [post, other]);
    const copy = { ...post };
    const b = new PageFingerprints(undefined, new Map(), [copy, other]);
    const base = a.fingerprint('a.html', draft({ post, related: [other], pager: { urls: ['/', '/page/2/'] } }));
    assert.equal(b.fingerprint('a.html', draft({ post: copy, related: [other], pager: { urls: ['/', '/page/2/'] } })), base);
    const retagged = { ...post, tags: ['y'] };
    const changed = new PageFingerprints(undefined, new Map(), [retagged, other]);
    assert.notEqual(changed.fingerprint('a.html', draft({ post: retagged, related: [other], pager: { urls: ['/', '/page/2/'] } })), base);
    assert.notEqual(a.fingerprint('b.html', draft({ post, related: [other], pager: { urls: ['/', '/page/3/'] } })), base);
    assert.notEqual(a.fingerprint('c.html', draft({ post, related: [], pager: { urls: ['/', '/page/2/'] } })), base);
  });

  test('dates, maps, sets, long lists and undefined are told apart', () => {
    const prints = new PageFingerprints(undefined, new Map(), []);
    const values = [
      { at: new Date(0) }, { at: new Date(1) }, { at: new Map([['a', 1]]) }, { at: new Map([['a', 2]]) }, { at: new Set([1]) }, { at: new Set([2]) },
      { at: Array.from({ length: 40 }, (_, i) => i) }, { at: Array.from({ length: 40 }, (_, i) => (i === 39 ? 0 : i)) }, { at: undefined }, { at: null }, { at: '1' }, { at: 1 },
    ];
    const fingerprints = values.map((props, index) => prints.fingerprint(`${index}.html`, draft(props)));
    assert.equal(new Set(fingerprints).size, values.length);
  });

  test('a post known by the digest of its source is named by it, not read', () => {
    const known = new PageFingerprints(undefined, new Map(), [post], (value) => (value === post ? 'source-digest' : undefined));
    const edited = new PageFingerprints(undefined, new Map(), [post], (value) => (value === post ? 'another-digest' : undefined));
    assert.notEqual(known.fingerprint('a.html', draft({ post })), edited.fingerprint('a.html', draft({ post })));
  });

  test('props that loop back on themselves are not fingerprinted: the page is always laid out', () => {
    const looped: Record<string, unknown> = {};
    looped['self'] = looped;
    assert.equal(new PageFingerprints(undefined, new Map(), []).fingerprint('a.html', draft(looped)), undefined);
  });

  test('a page is unchanged only under the same fingerprint, while the published copy is as recorded', () => {
    const published = mkdtempSync(path.join(folder, 'site-'));
    writeFileSync(path.join(published, 'a.html'), '<p>a</p>');
    const first = new PageFingerprints(published, new Map(), []);
    const fingerprint = first.fingerprint('a.html', draft({ title: 'A' }));
    assert.ok(fingerprint);
    const stat = statSync(path.join(published, 'a.html'));
    const records = readPageRecordsFrom(pageRecordsJson('layouts-1', first.next, new Map([['a.html', { size: stat.size, mtimeMs: stat.mtimeMs }]])), 'layouts-1');
    const second = new PageFingerprints(published, records, []);
    assert.equal(second.unchanged('a.html', fingerprint), true);
    assert.equal(second.unchanged('a.html', 'another'), false);
    assert.equal(readPageRecordsFrom(pageRecordsJson('layouts-1', first.next, new Map([['a.html', stat]])), 'layouts-2').size, 0, 'another layout digest: nothing is known');
    utimesSync(path.join(published, 'a.html'), new Date(), new Date(Date.now() + 5000));
    assert.equal(second.unchanged('a.html', fingerprint), false, 'touched since: laid out again');
    assert.equal(new PageFingerprints(undefined, records, []).unchanged('a.html', fingerprint), false, 'no published folder: nothing is unchanged');
  });
});

function readPageRecordsFrom(json: string, layouts: string) {
  const file = path.join(mkdtempSync(path.join(folder, 'records-')), 'pages.json');
  writeFileSync(file, json);
  return readPageRecords(file, layouts);
}

describe('the kept stores', () => {
  test('give back what was kept, for the same renderer digest only', () => {
    const dir = path.join(folder, 'store-a');
    const store = new KeptStore<{ n: number; at: Date }>(dir, 'r1');
    for (let n = 0; n < 100; n++) store.set(`key-${n}`, { n, at: new Date(n) });
    store.save('r1');
    const again = new KeptStore<{ n: number; at: Date }>(dir, 'r1');
    assert.deepEqual(again.get('key-42'), { n: 42, at: new Date(42) });
    assert.equal(new KeptStore(dir, 'r2').get('key-42'), undefined);
    assert.equal(new KeptStore(dir, '').get('key-42'), undefined);
  });

  test('rewrite only the shards that changed, and drop what a build no longer used', () => {
    const dir = path.join(folder, 'store-b');
    const store = new KeptStore<number>(dir, 'r1');
    for (let n = 0; n < 200; n++) store.set(`key-${n}`, n);
    store.save('r1');
    const times = new Map(readdirSync(dir).map((name) => [name, statSync(path.join(dir, name)).mtimeMs]));
    const next = new KeptStore<number>(dir, 'r1');
    for (let n = 0; n < 200; n++) next.set(`key-${n}`, n === 7 ? 700 : n, n !== 7);
    next.save('r1');
    const rewritten = readdirSync(dir).filter((name) => statSync(path.join(dir, name)).mtimeMs !== times.get(name));
    assert.equal(rewritten.length, 1, `rewrote ${rewritten.join(', ')}`);
    assert.equal(new KeptStore<number>(dir, 'r1').get('key-7'), 700);
    const smaller = new KeptStore<number>(dir, 'r1');
    smaller.set('key-1', 1, true);
    smaller.save('r1');
    const last = new KeptStore<number>(dir, 'r1');
    assert.equal(last.get('key-1'), 1);
    assert.equal(last.get('key-2'), undefined);
  });

  test('a body is rendered once, then given back from the cache; another body is rendered', async () => {
    const dir = path.join(folder, 'bodies');
    const source = { body: 'Hello *world*.', format: 'markdown' as const, excerpt: { text: 'Hello world.', html: '<p>Hello world.</p>' } };
    let renders = 0;
    const render = async () => {
      renders++;
      return { page: '<p>Hello <em>world</em>.</p>', feed: '<p>Hello <em>world</em>.</p>', imagesWithoutAlt: ['x.jpg'], opensWithExcerpt: true };
    };
    const first = new BodyCache(dir, 'r1');
    const body = await first.body(source, render);
    first.save('r1');
    const second = new BodyCache(dir, 'r1');
    assert.deepEqual(await second.body({ ...source }, render), body);
    assert.equal(renders, 1);
    await second.body({ ...source, body: 'Hello.' }, render);
    assert.equal(renders, 2);
    assert.notEqual(bodyKey(source), bodyKey({ ...source, excerpt: { ...source.excerpt, html: '<p>Hi.</p>' } }));
  });

  test('a post is normalized again when its text changes, or a file it named is found otherwise', async () => {
    const root = mkdtempSync(path.join(folder, 'site-'));
    const dir = path.join(folder, 'posts');
    const source: SourceFile = { path: 'posts/a.md', text: '---\ntitle: A\nimage: assets/a.jpg\n---\nBody.' };
    let normalized = 0;
    const normalize = async (sources: readonly SourceFile[]): Promise<NormalizedSource[]> => {
      normalized += sources.length;
      return sources.map(() => ({ problems: [], warnings: [], looked: [['assets/a.jpg', 'missing']] }));
    };
    const first = new PostCache(dir, 'r1', root);
    await first.normalize([source], normalize);
    first.save('r1');
    await new PostCache(dir, 'r1', root).normalize([source], normalize);
    assert.equal(normalized, 1, 'kept');
    await new PostCache(dir, 'r1', root).normalize([{ ...source, text: `${source.text}\nMore.` }], normalize);
    assert.equal(normalized, 2, 'its text changed');
    writeFileSync(path.join(root, 'elsewhere.jpg'), 'x');
    await new PostCache(dir, 'r1', root).normalize([source], normalize);
    assert.equal(normalized, 2, 'what it named is still missing: kept');
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'assets/a.jpg'), 'x');
    await new PostCache(dir, 'r1', root).normalize([source], normalize);
    assert.equal(normalized, 3, 'the image it named appeared');
  });
});
