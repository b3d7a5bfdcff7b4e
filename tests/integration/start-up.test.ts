/**
 * Issue #14, start-up: a site that runs none of its own code is built from one bundle of the generator's code
 * (src/cli/bundle.mjs), which must make exactly the site the TypeScript makes, worker threads included, and must be
 * made again whenever the generator's sources change.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleKey } from '../../src/cli/bundle.mjs';
import { createFixtureSite, type FixtureSite, post, repoRoot } from '../helpers/fixture-site.ts';

describe('the build bundle (issue #14)', () => {
  let site: FixtureSite;
  before(() => {
    site = createFixtureSite({ title: 'Bundle', url: 'https://bundle.example', timeZone: 'UTC', search: false, authors: { ada: { name: 'Ada Lovelace' } } });
    for (let i = 1; i <= 9; i++) site.write(`posts/2025-09-0${i}-story-${i}.md`, post(`title: Story ${i}\nauthor: ada\ncategories: [World]`, `A paragraph "quoted" -- with a [link](https://example.com).\n\n\`\`\`ts\nconst n = ${i};\n\`\`\`\n`));
  });
  after(() => site.dispose());

  test('the bundled build and the TypeScript build make the same site, with and without worker threads', () => {
    const fingerprints = [
      { BROADSHEET_NO_BUNDLE: '1', BROADSHEET_THREADS: '0' },
      { BROADSHEET_THREADS: '0' },
      { BROADSHEET_THREADS: '2' },
      { BROADSHEET_NO_BUNDLE: '1', BROADSHEET_THREADS: '2' },
    ].map((env) => {
      const result = site.build([], env);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      return site.fingerprint();
    });
    assert.equal(new Set(fingerprints).size, 1);
    assert.ok(readdirSync(path.join(repoRoot, '.cache/bundle')).some((entry) => !entry.startsWith('.')), 'a bundle was made and kept');
  });
});

describe('the bundle key', () => {
  const generator = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bundle-key-'));
  after(() => rmSync(generator, { recursive: true, force: true }));

  test('changes when a source under src/ or layouts/ changes, and only then', () => {
    mkdirSync(path.join(generator, 'src/cli'), { recursive: true });
    mkdirSync(path.join(generator, 'layouts'), { recursive: true });
    for (const [file, text] of [['src/cli/a.ts', 'export {};\n'], ['layouts/b.tsx', 'export {};\n'], ['tsconfig.json', '{}\n'], ['package.json', '{}\n'], ['README.md', 'x\n']] as const) {
      writeFileSync(path.join(generator, file), text);
    }
    const first = bundleKey(generator);
    assert.equal(bundleKey(generator), first, 'nothing changed');
    writeFileSync(path.join(generator, 'README.md'), 'not a source\n');
    assert.equal(bundleKey(generator), first, 'a file that is not bundled');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(generator, 'layouts/b.tsx'), later, later);
    const second = bundleKey(generator);
    assert.notEqual(second, first, 'a layout touched');
    writeFileSync(path.join(generator, 'src/cli/c.ts'), 'export {};\n');
    assert.notEqual(bundleKey(generator), second, 'a source added');
  });
});
