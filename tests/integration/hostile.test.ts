/**
 * The catalogue of hostile inputs (issue #10), run with the real build command, two cases at a time. Every case
 * starts from a copy of one sample site that was built once, so a failed build can be checked against the site it
 * must leave untouched. Whatever a case expects, every case also checks that:
 * - the build ends in time with the expected exit code, and prints no stack trace and no "Internal error";
 * - nothing outside `_site/` (and the image cache) was written, in the site folder or beside it;
 * - after a failure `_site/` is byte-identical and no staging folder, retired site or lock is left;
 * - after a success the output holds only plain files and folders, no live injected markup in any HTML, XML or JSON
 *   file (tests/helpers/live-markup.ts; every XML file parsed strictly), and never the text of a file outside.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findNonPlainEntries } from '../../src/files/plain-output.ts';
import { runBuildAsync as runBuild, tinyJpeg, tinyJpegName } from '../helpers/fixture-site.ts';
import { findLiveMarkup } from '../helpers/live-markup.ts';
import { catalogue } from '../hostile/catalogue.ts';
import { type HostileCase, type PublishedSite, post, secret } from '../hostile/case.ts';

const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-hostile-'));
const template = path.join(work, 'template');
// Retried: when only a few cases run (`--test-name-pattern`), the folder can be removed while the file system still
// settles a just-finished build's last writes, which once failed the run with ENOTEMPTY.
after(() => rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));

const sampleSettings = {
  title: 'The Hostile Times',
  url: 'https://hostile.example',
  timeZone: 'UTC',
  authors: { a: { name: 'Ann Author', bio: 'Writes.' } },
};

const buildEnv = (root: string): Record<string, string> => ({
  BROADSHEET_ROOT: root,
  BROADSHEET_SITE: path.join(root, 'site.json'),
  BUILD_TIME: '2026-01-01T00:00:00Z',
  BROADSHEET_LOCK_TIMEOUT: '0',
  TZ: 'Asia/Tokyo',
});

/** The build's own bookkeeping beside its output: the output, its staging folder, lock and retired copies. */
const buildOwned = /^_site(\.(staging|lock|old-\d+))?(\/|$)/;

/** Every entry under `dir` as `path type size mtime`, links not followed and special files not opened. */
function snapshot(dir: string, skip: readonly (string | RegExp)[] = []): string[] {
  if (!existsSync(dir)) return [];
  const lines: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const relative = path.relative(dir, full);
      if (skip.some((s) => (typeof s === 'string' ? relative === s || relative.startsWith(`${s}/`) : s.test(relative)))) continue;
      const stat = lstatSync(full);
      const type = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'special';
      lines.push(`${relative} ${type} ${type === 'file' ? stat.size : ''} ${type === 'file' ? stat.mtimeMs : ''}`);
      if (type === 'dir') walk(full);
    }
  };
  walk(dir);
  return lines;
}

function fingerprint(dir: string): string {
  return snapshot(dir).map((line) => {
    const [relative, type] = line.split(' ');
    return type === 'file' ? `${relative} ${readFileSync(path.join(dir, relative ?? '')).toString('base64')}` : line;
  }).join('\n');
}

function publishedSite(output: string): PublishedSite {
  const files = () => snapshot(output).filter((line) => line.split(' ')[1] === 'file').map((line) => line.split(' ')[0] ?? '');
  return { output, files, read: (file) => readFileSync(path.join(output, file), 'utf8') };
}

const fill = (text: string, places: { outside: string; site: string }): string => text.replaceAll('{outside}', places.outside).replaceAll('{site}', places.site);

/** The folder beside the site whose contents must never be read into it. */
function makeOutside(dir: string): void {
  mkdirSync(path.join(dir, 'folder'), { recursive: true });
  const secretPost = post({ title: `"${secret}"`, date: '2025-10-01' }, `${secret} in the body.`);
  writeFileSync(path.join(dir, 'secret.md'), secretPost);
  writeFileSync(path.join(dir, 'folder', '2025-10-02-secret.md'), secretPost);
  writeFileSync(path.join(dir, 'secret.jpg'), Buffer.concat([tinyJpeg, Buffer.from(secret)]));
  writeFileSync(path.join(dir, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${secret}</text></svg>`);
}

function applyCase(root: string, outside: string, entry: HostileCase): void {
  const places = { outside, site: root };
  for (const target of entry.remove ?? []) rmSync(path.join(root, target), { recursive: true, force: true });
  for (const dir of entry.dirs ?? []) mkdirSync(path.join(root, dir), { recursive: true });
  for (const [file, content] of Object.entries(entry.files ?? {})) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === 'string' ? fill(content, places) : content);
  }
  for (const [link, target] of Object.entries(entry.links ?? {})) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(fill(target, places), path.join(root, link));
  }
  for (const fifo of entry.fifos ?? []) execFileSync('mkfifo', [path.join(root, fifo)]);
  if (entry.settings !== undefined) {
    const settings: Record<string, unknown> = { ...sampleSettings, ...entry.settings };
    for (const [key, value] of Object.entries(settings)) if (value === null) delete settings[key];
    writeFileSync(path.join(root, 'site.json'), JSON.stringify(settings, null, 2));
  }
}

const traceLine = /^\s+at .*(:\d+:\d+\)?|\(native\))$/m;

async function runCase(entry: HostileCase, index: number): Promise<void> {
  const caseDir = path.join(work, `case-${index}`);
  const root = path.join(caseDir, 'site');
  const outside = path.join(caseDir, 'outside');
  cpSync(template, root, { recursive: true, verbatimSymlinks: true });
  makeOutside(outside);
  applyCase(root, outside, entry);
  const output = path.join(root, '_site');
  const before = { site: snapshot(root, [buildOwned, '.cache']), outside: snapshot(outside), published: fingerprint(output) };

  const holder = entry.lockedByAnother ? spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']) : undefined;
  if (holder !== undefined) writeFileSync(path.join(root, '_site.lock'), `${holder.pid} 2026-01-01T00:00:00Z\n`);
  const env = Object.fromEntries(Object.entries({ ...buildEnv(root), ...entry.env }).map(([key, value]) => [key, fill(value, { outside, site: root })]));
  const run = await runBuild((entry.args ?? []).map((arg) => fill(arg, { outside, site: root })), env);
  if (holder !== undefined) {
    holder.kill();
    rmSync(path.join(root, '_site.lock'));
  }
  const report = `--- build output ---\n${run.output}`;
  try {
    assert.equal(run.timedOut, false, `the build did not finish in time\n${report}`);
    assert.equal(run.status, entry.expect.exit, `exit code\n${report}`);
    for (const fragment of entry.expect.says ?? []) {
      if (typeof fragment === 'string') assert.ok(run.output.includes(fill(fragment, { outside, site: root })), `the output should say ${JSON.stringify(fragment)}\n${report}`);
      else assert.match(run.output, fragment, report);
    }
    assert.doesNotMatch(run.output, traceLine, `a stack trace was printed\n${report}`);
    assert.doesNotMatch(run.output, /Internal error/, report);
    assert.deepEqual(snapshot(root, [buildOwned, '.cache']), before.site, 'the build wrote into the site folder outside _site/ and .cache/');
    assert.deepEqual(snapshot(outside), before.outside, 'the build wrote outside the site folder');
    const leftovers = readdirSync(root).filter((name) => /^_site\.(staging|lock|old-\d+)$/.test(name));
    assert.deepEqual(leftovers, [], 'a staging folder, lock or retired site was left behind');

    if (entry.expect.exit !== 0) {
      assert.ok(fingerprint(output) === before.published, 'a failed build changed _site/');
      return;
    }
    const site = publishedSite(output);
    assert.deepEqual(await findNonPlainEntries(output), [], 'the output holds something other than plain files and folders');
    const trusted = entry.expect.trustedBodyIn ?? [];
    const live = (await findLiveMarkup(output)).filter((finding) => !trusted.some((file) => finding.startsWith(`${file}:`) || finding.startsWith(`${file} `)));
    assert.deepEqual(live, [], 'live injected markup was published');
    for (const file of entry.expect.publishes ?? []) assert.ok(existsSync(path.join(output, file)), `${file} should be published`);
    for (const file of entry.expect.omits ?? []) assert.equal(existsSync(path.join(output, file)), false, `${file} should not be published`);
    const forbidden = [secret, ...(entry.expect.never ?? [])];
    for (const file of site.files()) {
      const bytes = readFileSync(path.join(output, file)).toString('latin1');
      for (const text of forbidden) assert.ok(!bytes.includes(text), `${file} holds ${JSON.stringify(text)}`);
    }
    entry.expect.check?.(site);
  } finally {
    rmSync(caseDir, { recursive: true, force: true });
  }
}

before(async () => {
  mkdirSync(path.join(template, 'posts'), { recursive: true });
  mkdirSync(path.join(template, 'assets/images'), { recursive: true });
  writeFileSync(path.join(template, 'assets/images', tinyJpegName), tinyJpeg);
  writeFileSync(path.join(template, 'site.json'), JSON.stringify(sampleSettings, null, 2));
  writeFileSync(
    path.join(template, 'posts/2025-10-09-lead.md'),
    post({ title: '"The lead story"', date: '2025-10-09T11:08:38', author: 'a', categories: '[News]', tags: '[trade]', image: `assets/images/${tinyJpegName}`, image_alt: '"A photo"' }),
  );
  writeFileSync(path.join(template, 'posts/2025-10-08-second.md'), post({ title: '"Second story"', author: 'a', categories: '[Business]' }));
  const first = await runBuild([], buildEnv(template));
  assert.equal(first.status, 0, first.output);
});

/** Cases at once: two cores, and npm test runs another test file beside this one. */
const parallel = 2;

describe(`hostile inputs (issue #10): ${catalogue.length} cases`, () => {
  const families = [...new Set(catalogue.map((entry) => entry.family))];
  // Started in the order given, `parallel` at a time; each test awaits its own case.
  const results = new Map<HostileCase, Promise<void>>();
  let next = 0;
  const running = new Set<Promise<void>>();
  const startMore = (): void => {
    while (running.size < parallel && next < catalogue.length) {
      const index = next++;
      const entry = catalogue[index];
      if (entry === undefined) continue;
      const promise = runCase(entry, index);
      const settled = promise.catch(() => undefined).finally(() => {
        running.delete(settled);
        startMore();
      });
      running.add(settled);
      results.set(entry, promise);
    }
  };
  for (const family of families) {
    describe(family, () => {
      for (const entry of catalogue.filter((e) => e.family === family)) {
        test(entry.name, async () => {
          if (results.size === 0) startMore();
          while (!results.has(entry)) await Promise.race([...running]);
          await results.get(entry);
        });
      }
    });
  }
});
