/** The `icon` and `manifest` settings (issue #13): checked with the rest, each problem naming its field. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { formatProblem } from '../../src/errors.ts';
import { resolveSite, resolveSiteWithWarnings, siteSettings, type SiteInput } from '../../src/site.ts';
import { settingsProblems, siteIn } from './support.ts';

const base = (): SiteInput => siteIn('UTC');
const icon = 'assets/images/0123456789abcdef0123456789abcdef.png';

/** Each problem `overrides` has, formatted as the build prints it. */
const problems = (overrides: Record<string, unknown>): string[] => settingsProblems(base(), overrides);

describe('valid settings', () => {
  test('an icon and manifest members resolve, the default background kept', () => {
    const site = resolveSite(base(), { icon, manifest: { themeColor: '#1A1A1A', shortName: 'Gazette' } }, {}, 'site.json');
    assert.equal(site.icon, icon);
    assert.deepEqual(site.manifest, { backgroundColor: '#ffffff', themeColor: '#1A1A1A', shortName: 'Gazette' });
  });

  test('no icon by default', () => {
    assert.equal(resolveSite(base(), {}, {}, 'site.json').icon, undefined);
  });

  test("the sample site has none: its only PNG, the logo, is far from square", async () => {
    const sample = siteSettings();
    assert.equal(sample.icon, undefined);
    const logo = await sharp(fileURLToPath(new URL(`../../${sample.logo ?? ''}`, import.meta.url))).metadata();
    assert.ok(logo.width / logo.height > 2, `the logo is ${logo.width}x${logo.height}`);
  });
});

describe('a bad `icon`', () => {
  const fix = 'Export it as a square PNG of at least 512x512, add that with `npm run image -- <file>` and write the path it prints.';
  test('follows the site-path rules of `logo`', () => {
    assert.match(problems({ icon: '../icon.png' })[0] ?? '', /^site\.json: `icon` must stay inside the site, with no "\." or "\.\." segments/);
    assert.match(problems({ icon: 'https://cdn.example/icon.png' })[0] ?? '', /^site\.json: `icon` must be a path inside the site, not a URL/);
    assert.match(problems({ icon: 512 })[0] ?? '', /^site\.json: `icon` must be a site-relative path such as "assets\/images\/<md5>\.jpg"; found 512 \(a number\)\./);
  });

  test('must be a raster image the pipeline decodes', () => {
    assert.deepEqual(problems({ icon: 'assets/images/logo.svg' }), [
      `site.json: \`icon\` must be a raster image (PNG, JPEG, WebP, AVIF, GIF or TIFF); found "assets/images/logo.svg", an SVG, which the icons cannot be drawn from yet. ${fix}`,
    ]);
    assert.deepEqual(problems({ icon: 'assets/images/icon.ico' }), [`site.json: \`icon\` must be a PNG, JPEG, WebP, AVIF, GIF or TIFF image, named with its extension; found "assets/images/icon.ico". ${fix}`]);
  });
});

describe('bad `manifest` members', () => {
  test('colours must be hex', () => {
    assert.deepEqual(problems({ manifest: { themeColor: 'red', backgroundColor: '#12345' } }), [
      'site.json: `manifest.themeColor` must be a hex colour such as "#1a1a1a" or "#fff"; found "red" (text). Write it as "#" and three or six hex digits.',
      'site.json: `manifest.backgroundColor` must be a hex colour such as "#1a1a1a" or "#fff"; found "#12345" (text). Write it as "#" and three or six hex digits.',
    ]);
  });

  test('the background cannot be removed, nor be transparent', () => {
    assert.match(problems({ manifest: { backgroundColor: null } })[0] ?? '', /`manifest\.backgroundColor` must be a hex colour .*; found nothing\./);
    assert.match(problems({ manifest: { backgroundColor: '#ffffff80' } })[0] ?? '', /`manifest\.backgroundColor` must be a hex colour/);
  });

  test('the short name is one line of text', () => {
    assert.match(problems({ manifest: { shortName: '  ' } })[0] ?? '', /^site\.json: `manifest\.shortName` must not be empty/);
    assert.match(problems({ manifest: { shortName: 'The\nGazette' } })[0] ?? '', /^site\.json: `manifest\.shortName` must be one line/);
  });

  test('the group itself must be a mapping', () => {
    assert.deepEqual(problems({ manifest: '#fff' }), [
      'site.json: `manifest` must be { shortName, themeColor, backgroundColor }; found "#fff" (text). Give only the members to change, e.g. { "themeColor": "#1a1a1a" }.',
    ]);
  });

  test('a misspelt member is a warning with a did-you-mean', () => {
    const { warnings } = resolveSiteWithWarnings(base(), { icon, manifest: { themeColour: '#000' } }, {}, 'site.json');
    assert.deepEqual(warnings.map(formatProblem), [
      'site.json: `manifest.themeColour` is not a setting, so it is ignored; did you mean `manifest.themeColor`? Rename it to `themeColor`.',
    ]);
  });
});
