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
import { pipelineImages, setSettings } from '../../bench/pipeline-images.ts';

/** Small enough for a unit test, for the photo generator alone. */
const tiny = { width: [400, 440], height: [250, 280] } as const;
/** The narrowest photos every set's widths fit (the bare script refuses narrower ones). */
const smallest = { width: [1280, 1300], height: [800, 820] } as const;

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

for (const [set, perPhoto] of [['default', 4 * 2 + 1], ['issue', 2 * 2 + 1]] as const) {
  test(`${set} set: the bare script and the pipeline, cold then warm, write the same planned files with the same bytes and placeholders`, async () => {
    const wide = await makePhotos({ count: 2, seed: 5, ...smallest });
    const site = await writePhotoSite(wide, path.join(dir, `site-${set}`));
    const out = (side: string) => path.join(dir, `${set}-${side}`);
    const cacheDir = out('cache');
    const bare = await bareImages(site.root, out('bare'), set);
    const cold = await pipelineImages({ root: site.root, outputDir: out('cold'), cacheDir, set });
    const warm = await pipelineImages({ root: site.root, outputDir: out('warm'), cacheDir, set });

    const expected = expectedFiles(wide, setSettings(set));
    // Per photo: each width in WebP and JPEG, and the link preview.
    assert.equal(expected.length, 2 * perPhoto);
    const bareFiles = await filesIn(out('bare'));
    assert.deepEqual([...bareFiles.keys()], expected);
    assert.equal(bare.files, expected.length);
    for (const side of ['cold', 'warm']) {
      const files = await filesIn(out(side));
      assert.deepEqual([...files.keys()], expected, side);
      for (const [name, bytes] of bareFiles) assert.ok(bytes.equals(files.get(name) ?? Buffer.alloc(0)), `${side}: ${name} differs from the bare script's`);
    }
    assert.equal(Object.keys(bare.placeholders).length, 2);
    assert.deepEqual(cold.placeholders, bare.placeholders);
    assert.deepEqual(warm.placeholders, bare.placeholders);
    assert.deepEqual([cold.summary.decodes, warm.summary.decodes], [2, 0]);
  });
}

test('the bare script imports nothing from src/: it cannot share the mistakes of the code it measures (issue #14)', async () => {
  const text = await readFile(path.join(import.meta.dirname, '../../bench/bare-images.ts'), 'utf8');
  const imports = [...text.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
  assert.deepEqual(imports, ['node:fs/promises', 'node:os', 'node:path', 'node:url', 'sharp']);
});

function sample(wallMs: number, cpuMs = wallMs): ImageSample {
  return { wallMs, userMs: cpuMs, systemMs: 0, cpuMs, peakRssBytes: 100, inProcessMs: wallMs };
}

test('cold passes at exactly 1.1x the bare script and fails above; warm, less start-up, must stay under 2% of cold', () => {
  const floor = [sample(1)];
  const at = (bare: number, cold: number, warm: number) => compareImages('default', 1, 1, { floor, bare: [sample(bare)], cold: [sample(cold)], warm: [sample(warm)] }, imageTargets());
  assert.deepEqual(at(1000, 1100, 22.97).pass, { coldOverBare: { wallMs: true, cpuMs: true }, warmOverCold: { wallMs: true, cpuMs: true } });
  assert.deepEqual(at(1000, 1101, 23).pass, { coldOverBare: { wallMs: false, cpuMs: false }, warmOverCold: { wallMs: false, cpuMs: false } });
});

test('the start-up floor is taken off both sides of warm/cold: a rebuild is judged on its image work (issue #14)', () => {
  const result = compareImages('default', 1, 1, { floor: [sample(400)], bare: [sample(9000)], cold: [sample(10_400)], warm: [sample(500)] }, imageTargets());
  assert.equal(result.warmOverCold.wallMs, 100 / 10_000);
  assert.equal(result.pass.warmOverCold.wallMs, true);
});

test('ratios come from the medians of the runs, each metric on its own', () => {
  const result = compareImages(
    'default',
    1,
    1,
    { floor: [sample(0)], bare: [sample(100, 300), sample(300, 100), sample(200, 200)], cold: [sample(220), sample(180), sample(200)], warm: [sample(2), sample(1), sample(9)] },
    imageTargets(),
  );
  assert.deepEqual([result.bare.median.wallMs, result.bare.median.cpuMs, result.cold.median.wallMs, result.warm.median.wallMs], [200, 200, 200, 2]);
  assert.equal(result.coldOverBare.wallMs, 1);
  assert.equal(result.warmOverCold.wallMs, 0.01);
});
