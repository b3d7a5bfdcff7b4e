/**
 * The image bench (`npm run bench -- --images M`, issue #4): its photos must be the same every run, and its bare
 * sharp script must do exactly the pipeline's work — same files, same bytes, same placeholders — or the cold/bare
 * ratio compares different things.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { bareImages } from '../../bench/bare-images.ts';
import { expectedFiles, makePhotos, type Photo, writePhotoSite } from '../../bench/corpus-photos.ts';
import { compareImages, type ImageSample, imageTargets } from '../../bench/images-report.ts';
import { pipelineImages } from '../../bench/pipeline-images.ts';
import { defaultImageSettings } from '../../src/images/types.ts';

/** Small enough for a unit test, wide enough for two widths (320 and its own) besides the link preview. */
const tiny = { width: [400, 440], height: [250, 280] } as const;

let dir: string;
let photos: Photo[];

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-bench-images-test-'));
  photos = await makePhotos({ count: 2, seed: 3, ...tiny });
});

after(() => rm(dir, { recursive: true, force: true }));

async function filesIn(outputDir: string): Promise<Map<string, Buffer>> {
  const folder = path.join(outputDir, 'assets/images');
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name))] as const)));
}

test('the same seed gives byte-identical photos, each named for the md5 of its bytes; another seed gives others', async () => {
  const twin = await makePhotos({ count: 2, seed: 3, ...tiny });
  const other = await makePhotos({ count: 2, seed: 4, ...tiny });
  assert.deepEqual(twin.map((photo) => photo.name), photos.map((photo) => photo.name));
  photos.forEach((photo, i) => assert.ok(photo.bytes.equals(twin[i]?.bytes ?? Buffer.alloc(0)), `${photo.name} differs between two runs`));
  assert.equal(other.filter((photo) => photos.some((mine) => mine.name === photo.name)).length, 0);
  for (const photo of photos) {
    assert.equal(photo.name, `${createHash('md5').update(photo.bytes).digest('hex')}.jpg`);
    const metadata = await sharp(photo.bytes).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['jpeg', photo.width, photo.height]);
    assert.ok(photo.width >= 400 && photo.width <= 440 && photo.height >= 250 && photo.height <= 280, `${photo.name} is ${photo.width}x${photo.height}`);
  }
});

test('the bare script and the pipeline, cold then warm, write the same planned files with the same bytes and placeholders', async () => {
  const site = await writePhotoSite(photos, path.join(dir, 'site'));
  const cacheDir = path.join(dir, 'cache');
  const bare = await bareImages(site.root, path.join(dir, 'bare'));
  const cold = await pipelineImages({ root: site.root, outputDir: path.join(dir, 'cold'), cacheDir });
  const warm = await pipelineImages({ root: site.root, outputDir: path.join(dir, 'warm'), cacheDir });

  const expected = expectedFiles(photos, defaultImageSettings());
  // Per photo: 320 and its own width in AVIF, WebP and JPEG, and the link preview.
  assert.equal(expected.length, 2 * 7);
  const bareFiles = await filesIn(path.join(dir, 'bare'));
  assert.deepEqual([...bareFiles.keys()], expected);
  assert.equal(bare.files, expected.length);
  for (const side of ['cold', 'warm']) {
    const files = await filesIn(path.join(dir, side));
    assert.deepEqual([...files.keys()], expected, side);
    for (const [name, bytes] of bareFiles) assert.ok(bytes.equals(files.get(name) ?? Buffer.alloc(0)), `${side}: ${name} differs from the bare script's`);
  }
  assert.equal(Object.keys(bare.placeholders).length, 2);
  assert.deepEqual(cold.placeholders, bare.placeholders);
  assert.deepEqual(warm.placeholders, bare.placeholders);
  assert.deepEqual([cold.summary.decodes, warm.summary.decodes], [2, 0]);
});

function sample(wallMs: number, cpuMs = wallMs): ImageSample {
  return { wallMs, userMs: cpuMs, systemMs: 0, cpuMs, peakRssBytes: 100, inProcessMs: wallMs };
}

test('cold passes at exactly 1.1x the bare script and fails above; warm must stay under 2% of cold', () => {
  const floor = [sample(1)];
  const at = (bare: number, cold: number, warm: number) => compareImages(1, 1, { floor, bare: [sample(bare)], cold: [sample(cold)], warm: [sample(warm)] }, imageTargets());
  assert.deepEqual(at(1000, 1100, 19).pass, { coldOverBare: { wallMs: true, cpuMs: true }, warmOverCold: { wallMs: true, cpuMs: true } });
  assert.deepEqual(at(1000, 1101, 22.02).pass, { coldOverBare: { wallMs: false, cpuMs: false }, warmOverCold: { wallMs: false, cpuMs: false } });
});

test('ratios come from the medians of the runs, each metric on its own', () => {
  const result = compareImages(
    1,
    1,
    { floor: [sample(1)], bare: [sample(100, 300), sample(300, 100), sample(200, 200)], cold: [sample(220), sample(180), sample(200)], warm: [sample(2), sample(1), sample(9)] },
    imageTargets(),
  );
  assert.deepEqual([result.bare.median.wallMs, result.bare.median.cpuMs, result.cold.median.wallMs, result.warm.median.wallMs], [200, 200, 200, 2]);
  assert.equal(result.coldOverBare.wallMs, 1);
  assert.equal(result.warmOverCold.wallMs, 0.01);
});
