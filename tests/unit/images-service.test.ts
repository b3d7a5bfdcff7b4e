/**
 * The image service around the pipeline (issue #4): problems reported together, names checked against content,
 * the persistent cache (a rebuild decodes nothing), pruning, progress counts, the build-log line.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { ImageService, type ImageServiceOptions, type ImageSummary } from '../../src/images/service.ts';
import type { ProcessedImage } from '../../src/images/types.ts';
import { createImageSite, draw, type ImageSite, md5, outputFiles, testSettings } from './images-fixtures.ts';

function serviceFor(site: ImageSite, overrides: Partial<ImageServiceOptions> = {}): { service: ImageService; out: string } {
  const out = site.output();
  return { service: new ImageService({ root: site.root, outputDir: out, cacheDir: site.cacheDir, settings: testSettings(), ...overrides }), out };
}

async function caught(promise: Promise<unknown>): Promise<ImageError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ImageError, `expected an ImageError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected finish() to throw');
}

describe('problems with images', () => {
  let site: ImageSite;
  before(() => (site = createImageSite()));
  after(() => site.dispose());

  test('a missing, a damaged, a non-image and an oversized file are all reported by finish(), each naming the image, the page and a fix', async () => {
    const good = site.add(await draw.photo(100, 80), 'jpg');
    const damaged = site.add(await draw.truncated(120, 100), 'jpg');
    const notImage = site.add(await draw.notAnImage(), 'jpg');
    const oversized = site.add(await draw.photo(200, 150), 'jpg');
    const missing = 'assets/images/00000000000000000000000000000000.jpg';
    const { service, out } = serviceFor(site, { settings: testSettings({ maxPixels: 20_000 }) });
    const results = await Promise.all([
      service.prepare({ sitePath: good, referrer: 'posts/good.md' }),
      service.prepare({ sitePath: damaged, referrer: 'posts/damaged.md' }),
      service.prepare({ sitePath: notImage, referrer: 'posts/not-image.md' }),
      service.prepare({ sitePath: oversized, referrer: 'posts/oversized.md' }),
      service.prepare({ sitePath: missing, referrer: 'posts/missing.md' }),
      service.prepare({ sitePath: missing, referrer: 'posts/missing-too.md' }),
    ]);
    assert.ok(results[0] !== undefined, 'a good image beside bad ones is still prepared');
    assert.deepEqual(results.slice(1), [undefined, undefined, undefined, undefined, undefined]);

    const error = await caught(service.finish());
    const byImage = new Map(error.problems.map((problem) => [problem.field, problem]));
    assert.equal(error.problems.length, 4);
    assert.deepEqual([...byImage.keys()].sort(), [damaged, missing, notImage, oversized].sort());
    assert.deepEqual(
      [damaged, notImage, oversized, missing].map((image) => byImage.get(image)?.file),
      ['posts/damaged.md', 'posts/not-image.md', 'posts/oversized.md', 'posts/missing.md'],
    );
    assert.match(byImage.get(missing)?.message ?? '', /^was not found: expected an image file at assets\/images\/0{32}\.jpg in the site folder; found none\. Also shown by posts\/missing-too\.md\.$/);
    assert.match(byImage.get(damaged)?.message ?? '', /^is damaged: its pixels could not be decoded \(.+\)\.$/);
    assert.match(byImage.get(notImage)?.message ?? '', /^is not an image: expected a JPEG, PNG, WebP, GIF, AVIF or TIFF file; found/);
    assert.match(byImage.get(oversized)?.message ?? '', /^is 200x150, 30,000 pixels; the limit \(images\.maxPixels\) is 20,000/);
    assert.match(byImage.get(oversized)?.fix ?? '', /^Scale it down to 163x122 or less/);
    for (const problem of error.problems) assert.ok((problem.fix ?? '').length > 0, `${problem.field} has a fix`);
    assert.match(error.message, /^4 images shown by 4 pages cannot be used:\n {2}- posts\//);
    assert.ok(error.message.includes(`posts/missing.md: \`${missing}\` was not found`), error.message);
    // The good image was finished all the same (one width, WebP and JPEG); nothing of the bad ones was written.
    assert.deepEqual(outputFiles(out).map((name) => name.slice(0, 32)), Array(2).fill(md5(readFileSync(path.join(site.root, good)))));
  });

  test('a name that is an md5 but not of the content gives a warning; other names are hashed and work', async () => {
    const bytes = await draw.webp();
    const renamed = site.put('assets/images/ffffffffffffffffffffffffffffffff.webp', bytes);
    const named = site.put('assets/images/Harbour View.webp', await draw.photo(90, 60));
    const { service, out } = serviceFor(site);
    const [first, second] = await Promise.all([service.prepare({ sitePath: renamed, referrer: 'posts/a.md' }), service.prepare({ sitePath: named, referrer: 'posts/b.md' })]);
    const summary = await service.finish();
    assert.equal(first?.plan.source.hash, md5(bytes));
    assert.ok(second !== undefined);
    assert.equal(summary.warnings.length, 1);
    assert.deepEqual(summary.warnings[0], {
      file: renamed,
      message: `is named for the md5 ffffffffffffffffffffffffffffffff, but its content hashes to ${md5(bytes)}: the file was changed after it was added.`,
      fix: `Add the changed photo with \`npm run image\` and use the path it prints (assets/images/${md5(bytes)}.webp), so its name says what it holds.`,
    });
    assert.ok(outputFiles(out).includes(`${second.plan.source.hash}-90.jpg`));
  });
});

describe('one source, many pages', () => {
  test('pages showing one photo, even under two names, share one task and one decode', async () => {
    const site = createImageSite();
    try {
      const bytes = await draw.photo(120, 80);
      const sitePath = site.add(bytes, 'jpg');
      const copy = site.put('assets/images/copy.jpg', bytes);
      const { service, out } = serviceFor(site);
      const images = await Promise.all([
        ...Array.from({ length: 5 }, (_, i) => service.prepare({ sitePath, referrer: `posts/${i}.md` })),
        service.prepare({ sitePath: copy, referrer: 'posts/copy.md', og: true }),
      ]);
      const summary = await service.finish();
      assert.ok(images.every((image) => image?.placeholder === images[0]?.placeholder));
      assert.equal(images[5]?.plan.og?.fileName, `${md5(bytes)}-og.jpg`);
      assert.equal(images[0]?.plan.og, undefined);
      assert.deepEqual([summary.seen, summary.generated, summary.decodes, summary.bytesIn], [2, 1, 1, bytes.length]);
      // Its own width in WebP and JPEG, and the link preview.
      assert.equal(outputFiles(out).length, 3);
    } finally {
      site.dispose();
    }
  });

  test('a link preview asked for after the source’s files were planned is still made', async () => {
    const site = createImageSite();
    try {
      const bytes = await draw.photo(120, 80);
      const sitePath = site.add(bytes, 'jpg');
      const { service, out } = serviceFor(site);
      assert.equal((await service.prepare({ sitePath, referrer: 'posts/listing.md' }))?.plan.og, undefined);
      const lead = await service.prepare({ sitePath, referrer: 'posts/story.md', og: true });
      const summary = await service.finish();
      assert.equal(lead?.plan.og?.fileName, `${md5(bytes)}-og.jpg`);
      assert.ok(outputFiles(out).includes(`${md5(bytes)}-og.jpg`));
      assert.deepEqual([summary.generated, summary.decodes], [1, 2], 'the preview needed a decode of its own');
    } finally {
      site.dispose();
    }
  });
});

describe('the persistent cache', () => {
  let site: ImageSite;
  let paths: string[];
  let first: { summary: ImageSummary; out: string };

  async function build(sitePaths: readonly string[], overrides: Partial<ImageServiceOptions> = {}): Promise<{ summary: ImageSummary; out: string; images: Array<ProcessedImage | undefined>; service: ImageService }> {
    const { service, out } = serviceFor(site, overrides);
    const images = await Promise.all(sitePaths.map((sitePath, i) => service.prepare({ sitePath, referrer: `posts/${i}.md`, og: i === 0 })));
    return { summary: await service.finish(), out, images, service };
  }

  before(async () => {
    site = createImageSite();
    paths = [site.add(await draw.photo(400, 300), 'jpg'), site.add(await draw.alpha(), 'png'), site.add(await draw.rotated(), 'jpg')];
    first = await build(paths);
  });
  after(() => site.dispose());

  test('a rebuild with unchanged images decodes nothing and still writes every file into a fresh output', async () => {
    assert.deepEqual([first.summary.generated, first.summary.decodes], [3, 3]);
    const again = await build(paths);
    assert.deepEqual([again.summary.seen, again.summary.generated, again.summary.cached, again.summary.decodes], [3, 0, 3, 0]);
    assert.deepEqual(outputFiles(again.out), outputFiles(first.out));
    for (const name of outputFiles(first.out)) {
      assert.ok(readFileSync(path.join(again.out, 'assets/images', name)).equals(readFileSync(path.join(first.out, 'assets/images', name))), name);
    }
    assert.equal(again.summary.bytesOut, first.summary.bytesOut);
    assert.deepEqual(again.images.map((image) => image?.placeholder), (await build(paths)).images.map((image) => image?.placeholder));
  });

  test('a link preview asked for later is made from one decode, the other files come from the cache', async () => {
    const { service, out } = serviceFor(site);
    const image = await service.prepare({ sitePath: paths[2] ?? '', referrer: 'posts/late.md', og: true });
    const summary = await service.finish();
    assert.equal(image?.plan.og?.width, 1200);
    assert.deepEqual([summary.decodes, summary.generated, summary.cached], [1, 1, 0]);
    assert.ok(outputFiles(out).includes(`${image?.plan.source.hash}-og.jpg`));
    assert.equal((await build([paths[2] ?? ''], {})).summary.decodes, 0, 'and is cached from then on');
  });

  test('progress counts each source that is encoded, queued then done, and says nothing when all come from the cache (issue #14)', async () => {
    const fresh = createImageSite();
    try {
      const photos = [fresh.add(await draw.photo(400, 300), 'jpg'), fresh.add(await draw.alpha(), 'png')];
      const counts = async (): Promise<Array<[number, number]>> => {
        const seen: Array<[number, number]> = [];
        const { service } = serviceFor(fresh, { onProgress: (done, total) => seen.push([done, total]) });
        await Promise.all(photos.map((sitePath, i) => service.prepare({ sitePath, referrer: `posts/${i}.md` })));
        await service.finish();
        return seen;
      };
      const cold = await counts();
      assert.deepEqual(cold.at(-1), [2, 2]);
      assert.equal(cold.length, 4, 'two queued, two done');
      assert.ok(cold.every(([done, total], i) => done <= total && (i === 0 || done >= (cold[i - 1]?.[0] ?? 0))), JSON.stringify(cold));
      assert.deepEqual(await counts(), []);
    } finally {
      fresh.dispose();
    }
  });

  test('changing a setting that affects a source’s files makes them again; others stay cached', async () => {
    // JPEG quality touches the JPEG-fallback photos (and previews), not the PNG-fallback graphic.
    const changed = await build(paths, { settings: testSettings({ quality: { ...testSettings().quality, jpeg: 60 } }) });
    assert.deepEqual([changed.summary.generated, changed.summary.cached, changed.summary.decodes], [2, 1, 2]);
  });

  test('prune removes the entries this build did not touch and keeps those it did', async () => {
    const entries = (): string[] => readdirSync(site.cacheDir).flatMap((hash) => readdirSync(path.join(site.cacheDir, hash), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${hash}/${e.name}`)).sort();
    const before = entries();
    const { service } = serviceFor(site);
    await service.prepare({ sitePath: paths[0] ?? '', referrer: 'posts/only.md' });
    await service.finish();
    const removed = await service.prune();
    const kept = entries();
    const photoHash = md5(readFileSync(path.join(site.root, paths[0] ?? '')));
    assert.deepEqual(kept, [`${photoHash}/v1-jpeg78-webp75-p16`]);
    assert.equal(removed, before.length - 1);
    assert.equal((await build([paths[0] ?? ''])).summary.decodes, 0, 'the kept entry still serves the next build');
    assert.equal((await build([paths[1] ?? ''])).summary.decodes, 1, 'a pruned one is made again');
  });
});

describe('describe', () => {
  test('one line for the build log', () => {
    const { service } = serviceFor({ root: '/nowhere', cacheDir: '/nowhere/cache', output: () => '/nowhere/out', add: () => '', put: () => '', dispose: () => undefined });
    const summary: ImageSummary = { seen: 14, generated: 2, cached: 12, decodes: 2, bytesIn: 2_345_678, bytesOut: 1_100_000, warnings: [] };
    assert.equal(service.describe(summary), 'images: 14 seen, 2 generated, 12 from cache, 2 decodes, 2.3 MB in, 1.1 MB out');
    assert.equal(
      service.describe({ ...summary, decodes: 1, bytesIn: 900, bytesOut: 45_600, warnings: [{ file: 'x', message: 'y' }] }),
      'images: 14 seen, 2 generated, 12 from cache, 1 decode, 900 B in, 45.6 kB out, 1 warning',
    );
  });
});
