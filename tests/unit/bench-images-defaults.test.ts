/**
 * The image-defaults bench's verdict (`npm run bench -- --image-defaults`, issue #14): the file a browser downloads
 * at each screen, averaged over photos, and the budget column, pure.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { candidates } from '../../bench/image-defaults.ts';
import { bytesAtScreens, downloaded, formatImageDefaults, type MadeFile, screens } from '../../bench/image-defaults-report.ts';

const files = (format: string, sizes: Record<number, number>): MadeFile[] => Object.entries(sizes).map(([width, bytes]) => ({ format, width: Number(width), bytes }));
const photo = [...files('avif', { 320: 3, 960: 18, 1280: 26 }), ...files('webp', { 320: 5, 960: 24, 1280: 37 }), ...files('jpeg', { 320: 7, 960: 42, 1280: 63 })];

describe('what a browser downloads', () => {
  test('the first format offered, at the narrowest width that fills the slot', () => {
    assert.deepEqual(downloaded(photo, ['avif', 'webp', 'jpeg'], 750), { format: 'avif', width: 960, bytes: 18 });
    assert.deepEqual(downloaded(photo, ['webp', 'jpeg'], 640), { format: 'webp', width: 960, bytes: 24 });
    assert.deepEqual(downloaded(photo, ['webp', 'jpeg'], 960), { format: 'webp', width: 960, bytes: 24 });
  });

  test('the widest when none fills it; the fallback when no modern format was made', () => {
    assert.deepEqual(downloaded(photo, ['webp', 'jpeg'], 2000), { format: 'webp', width: 1280, bytes: 37 });
    assert.deepEqual(downloaded(files('jpeg', { 640: 30 }), ['webp', 'jpeg'], 750), { format: 'jpeg', width: 640, bytes: 30 });
  });

  test('the screens: a story page’s lead image at 375 px 2x, at 1280 px 1x and 2x in the 40rem column; the home page’s 46rem lead card at 2x', () => {
    assert.deepEqual(screens.map((screen) => screen.devicePixels), [750, 640, 1280, 1472]);
  });

  test('bytes per screen are the mean over the photos', () => {
    const other = files('webp', { 640: 10, 1280: 30 });
    assert.deepEqual(bytesAtScreens([photo, other], ['webp', 'jpeg']), [(24 + 30) / 2, (24 + 10) / 2, (37 + 30) / 2, (37 + 30) / 2]);
  });
});

test('the table gives CPU-s per photo, kB at each screen and whether the budget holds', () => {
  const table = formatImageDefaults(
    [
      { name: 'slow', photos: 3, filesPerPhoto: 16, cpuMsPerPhoto: 9600, bytesAt: [17_900, 10_500, 26_400, 26_400] },
      { name: 'fast', photos: 3, filesPerPhoto: 9, cpuMsPerPhoto: 1000, bytesAt: [24_400, 14_200, 37_100, 37_100] },
    ],
    1000,
    '2400x1600',
  );
  const [head, slow, fast] = table.split('\n');
  assert.match(head ?? '', /^candidate \(3 photos of 2400x1600; lead image bytes at each screen\)\s+files\s+CPU-s\/photo\s+375 px 2x\s+1280 px 1x\s+1280 px 2x\s+home lead 2x\s+<= 1 CPU-s$/);
  assert.match(slow ?? '', /^slow\s+16\s+9\.60\s+17\.9 kB\s+10\.5 kB\s+26\.4 kB\s+26\.4 kB\s+no$/);
  assert.match(fast ?? '', /^fast\s+9\s+1\.00\s+24\.4 kB\s+14\.2 kB\s+37\.1 kB\s+37\.1 kB\s+yes$/);
});

test('the candidates include the defaults before issue #14 and the defaults now, each named once', () => {
  const names = candidates().map((candidate) => candidate.name);
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.some((name) => name.includes('before #14')));
  assert.deepEqual(candidates().find((candidate) => candidate.name.startsWith('the defaults now'))?.settings, {});
});
