import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import sharp from 'sharp';
import { checkFormat, imageExtension, planImage, readAddImageArgs } from '../../src/cli/add-image-core.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function failureOf<T>(outcome: { ok: true; value: T } | { ok: false; usage: boolean; message: string }) {
  assert.equal(outcome.ok, false, 'expected a failure');
  return outcome.ok ? { usage: false, message: '' } : outcome;
}

describe('imageExtension', () => {
  test('lower-cases the extension and writes .jpeg as .jpg', () => {
    assert.deepEqual(imageExtension('photos/Harbour View.JPEG'), { ok: true, value: 'jpg' });
    assert.deepEqual(imageExtension('chart.PNG'), { ok: true, value: 'png' });
    assert.deepEqual(imageExtension('still.avif'), { ok: true, value: 'avif' });
  });

  test('refuses other files, naming the file, the accepted kinds and what it found', () => {
    const svg = failureOf(imageExtension('logo.svg'));
    assert.equal(svg.usage, false);
    assert.equal(svg.message, 'image: logo.svg: expected a .jpg, .jpeg, .png, .webp, .gif or .avif photo; found a .svg file. Export it as JPEG (photos) or PNG (graphics) and run npm run image again.');
    assert.ok(failureOf(imageExtension('README')).message.includes('found a file name without an extension'));
  });
});

describe('checkFormat', () => {
  test('accepts bytes that match the name, including AVIF reported as HEIF with AV1', () => {
    assert.deepEqual(checkFormat('a.jpg', 'jpg', { format: 'jpeg' }), { ok: true, value: 'jpg' });
    assert.deepEqual(checkFormat('a.avif', 'avif', { format: 'heif', compression: 'av1' }), { ok: true, value: 'avif' });
  });

  test('a PNG named .jpg is refused with the name it should have', () => {
    assert.equal(
      failureOf(checkFormat('shots/red.jpg', 'jpg', { format: 'png' })).message,
      'image: shots/red.jpg: the name says JPEG but the file is PNG. Rename it to shots/red.png and run again.',
    );
  });

  test('a HEIC photo named .avif is refused as a format the site does not use', () => {
    const message = failureOf(checkFormat('phone.avif', 'avif', { format: 'heif', compression: 'hevc' })).message;
    assert.equal(message, 'image: phone.avif: expected an AVIF image, as its name says; found heif (hevc), which the site does not use. Export it as JPEG or PNG and run again.');
  });
});

describe('planImage', () => {
  test('names the copy by the md5 of its bytes and prints lines that read back as YAML', () => {
    const alt = 'Mayor says: "we\'re ready" #1';
    const plan = planImage(Buffer.from('abc'), 'png', alt);
    assert.equal(plan.target, 'assets/images/900150983cd24fb0d6963f7d28e17f72.png');
    assert.deepEqual(parseYaml(plan.lines.join('\n'), { schema: 'core' }), { image: plan.target, image_alt: alt });
  });

  test('without --alt only the image line is printed', () => {
    assert.deepEqual(planImage(Buffer.from('abc'), 'jpg', undefined).lines, ['image: assets/images/900150983cd24fb0d6963f7d28e17f72.jpg']);
  });
});

describe('readAddImageArgs', () => {
  test('takes one path and an optional --alt, with line breaks in the alt made spaces', () => {
    assert.deepEqual(readAddImageArgs(['a.jpg']), { ok: true, value: { source: 'a.jpg' } });
    assert.deepEqual(readAddImageArgs(['--alt', 'Two\nlines', 'a.jpg']), { ok: true, value: { source: 'a.jpg', alt: 'Two lines' } });
  });

  const usageCases: Array<[string, string[], string]> = [
    ['no path', [], 'found none'],
    ['two paths', ['a.jpg', 'b.jpg'], 'found 2 ("a.jpg", "b.jpg")'],
    ['an unknown option', ['a.jpg', '--caption', 'x'], 'unknown option --caption'],
    ['an empty --alt', ['a.jpg', '--alt='], '`--alt` needs a description'],
  ];
  for (const [name, argv, expected] of usageCases) {
    test(`${name} is a usage error that says what was found`, () => {
      const failure = failureOf(readAddImageArgs(argv));
      assert.equal(failure.usage, true);
      assert.ok(failure.message.includes(expected), failure.message);
    });
  }
});

describe('npm run image (end to end)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-image-'));
  const photo = path.join(root, 'incoming/Harbour.PNG');
  let bytes: Buffer;
  const images = path.join(root, 'assets/images');
  const env = { ...process.env, BROADSHEET_ROOT: root };
  const run = (argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/add-image.ts', ...argv], { cwd: repoRoot, env, encoding: 'utf8' });

  before(async () => {
    mkdirSync(path.dirname(photo), { recursive: true });
    bytes = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    writeFileSync(photo, bytes);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('copies the photo to assets/images/<md5>.png and prints the lines to paste', () => {
    const md5 = createHash('md5').update(bytes).digest('hex');
    const result = run([photo, '--alt', 'The harbour at dawn']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `image: assets/images/${md5}.png\nimage_alt: "The harbour at dawn"\n`);
    assert.deepEqual(readFileSync(path.join(images, `${md5}.png`)), bytes);
  });

  test('adding the same photo again copies nothing and still prints the line', () => {
    const result = run([photo]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /is already there/);
    assert.match(result.stdout, /^image: assets\/images\/[0-9a-f]{32}\.png\n$/);
    assert.equal(readdirSync(images).length, 1);
  });

  test('a text file named .jpg is refused by name, exits 1 and copies nothing', () => {
    const fake = path.join(root, 'incoming/notes.jpg');
    writeFileSync(fake, 'not a photo');
    const result = run([fake]);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes(`image: ${fake}: expected an image; sharp cannot read it`), result.stderr);
    assert.equal(readdirSync(images).length, 1);
  });

  test('a missing file exits 1 and names the path it looked at', () => {
    const result = run(['incoming/nowhere.jpg']);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes(`found nothing at ${path.join(repoRoot, 'incoming/nowhere.jpg')}`), result.stderr);
  });

  test('bad usage exits 2 with the usage line', () => {
    const result = run([]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Usage: npm run image -- path\/to\/photo\.jpg/);
  });
});
