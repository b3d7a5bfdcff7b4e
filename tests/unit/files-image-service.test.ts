/**
 * The image service reads its sources through the safe reader (issue #10): a photo linked out of the site is never
 * read or published, a FIFO does not hang the build, a link that stays inside the site is used.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { ImageService } from '../../src/images/service.ts';
import { createImageSite, draw, type ImageSite, md5, outputFiles, testSettings } from './images-fixtures.ts';

describe('image sources and the file system', () => {
  let site: ImageSite;
  let outsidePhoto: string;
  let insideHash: string;

  before(async () => {
    site = createImageSite();
    const photo = await draw.photo(64, 48);
    outsidePhoto = path.join(path.dirname(site.root), 'outside.jpg');
    writeFileSync(outsidePhoto, photo);
    mkdirSync(path.join(site.root, 'assets/images'), { recursive: true });
    symlinkSync(outsidePhoto, path.join(site.root, 'assets/images', 'outside.jpg'));
    const inside = await draw.photo(40, 30);
    insideHash = md5(inside);
    site.put('library/kept.jpg', inside);
    symlinkSync('../../library/kept.jpg', path.join(site.root, 'assets/images/alias.jpg'));
    execFileSync('mkfifo', [path.join(site.root, 'assets/images/pipe.jpg')]);
  });
  after(() => site.dispose());

  test('a photo linked out of the site is refused as outside, and no variant of it is written', async () => {
    const out = site.output();
    const service = new ImageService({ root: site.root, outputDir: out, cacheDir: site.cacheDir, settings: testSettings() });
    assert.equal(await service.prepare({ sitePath: 'assets/images/outside.jpg', referrer: 'posts/x.md' }), undefined);
    const error = await service.finish().then(() => assert.fail('expected an ImageError'), (caught: unknown) => caught);
    assert.ok(error instanceof ImageError);
    assert.deepEqual(error.problems.map((p) => [p.file, p.field, p.message]), [['posts/x.md', 'assets/images/outside.jpg', 'points outside the site folder; images must be under assets/images/.']]);
    assert.deepEqual(outputFiles(out), []);
  });

  test('a FIFO named like a photo is unreadable, at once', { timeout: 5000 }, async () => {
    const service = new ImageService({ root: site.root, outputDir: site.output(), cacheDir: site.cacheDir, settings: testSettings() });
    await service.prepare({ sitePath: 'assets/images/pipe.jpg', referrer: 'posts/x.md' });
    const error = (await service.finish().catch((caught: unknown) => caught)) as ImageError;
    assert.deepEqual(error.problems.map((p) => p.message), ['could not be read: it is a FIFO (named pipe), not a regular file.']);
  });

  test('a photo linked from inside the site is used', async () => {
    const out = site.output();
    const service = new ImageService({ root: site.root, outputDir: out, cacheDir: site.cacheDir, settings: testSettings() });
    const processed = await service.prepare({ sitePath: 'assets/images/alias.jpg', referrer: 'posts/x.md' });
    assert.equal(processed?.plan.source.width, 40);
    await service.finish();
    assert.ok(outputFiles(out).some((name) => name.startsWith(insideHash)), outputFiles(out).join(', '));
  });
});
