/** The image settings' defaults and checks (issues #10, #14): pure. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkImageSettings, defaultImageSettings } from '../../src/images/types.ts';

describe('image settings', () => {
  test('the defaults pass their own check, and are a fresh object each time', () => {
    assert.deepEqual(checkImageSettings(defaultImageSettings(), 'site.json'), []);
    assert.notEqual(defaultImageSettings(), defaultImageSettings());
  });

  test('AVIF is opt-in (issue #14): WebP and the fallback by default, at an effort said in the settings', () => {
    const { formats, widths, avifEffort } = defaultImageSettings();
    assert.deepEqual([formats, widths, avifEffort], [['webp'], [320, 640, 960, 1280], 4]);
    assert.deepEqual(checkImageSettings({ ...defaultImageSettings(), formats: ['avif', 'webp'], avifEffort: 0 }, 'site.json'), []);
  });

  test('an AVIF effort outside 0…9 names the field, what was found and what to write', () => {
    for (const avifEffort of [10, -1, 2.5, '4', undefined]) {
      const problems = checkImageSettings({ ...defaultImageSettings(), avifEffort }, 'site.json');
      assert.equal(problems.length, 1, String(avifEffort));
      assert.equal(problems[0]?.field, 'images.avifEffort');
      assert.match(problems[0]?.message ?? '', /^must be a whole number from 0 to 9; found /);
      assert.match(problems[0]?.fix ?? '', /4 \(the default\)/);
    }
  });
});
