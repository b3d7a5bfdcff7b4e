/**
 * `npm run serve` against a running server (issue #13): it builds into its own folder, never `_site/`; it shows
 * drafts; a deleted post leaves the served site and every listing; layout and CSS edits show without a restart;
 * stopping it frees the port. The server runs from a copy of the generator, so the tests can edit its layouts and
 * CSS without touching the repository.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, repoRoot } from '../helpers/fixture-site.ts';

const timeout = 60_000;

/** The generator's code and assets, copied beside a link to its node_modules. */
function copyGenerator(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-generator-'));
  for (const entry of ['src', 'layouts', 'assets/css', 'assets/js', '.eleventy.ts', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error(`expected a TCP address, found ${String(address)}`);
  return address.port;
}

/** Whether nothing listens on `port` (on every interface, as the dev server listens). */
async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up after ${ms / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Running {
  readonly child: ChildProcess;
  readonly url: (sitePath: string) => string;
  readonly port: number;
  output(): string;
  exited(): Promise<number | null>;
  /** Kills whatever is left of its process group, so a failed test leaves no server behind. */
  cleanUp(): Promise<void>;
}

async function startServe(command: readonly string[], cwd: string, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(command[0] ?? 'node', [...command.slice(1), '--port', String(port)], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const cleanUp = async (): Promise<void> => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone already: nothing is left running.
    }
    await exit;
  };
  return { child, port, url: (sitePath) => `http://127.0.0.1:${port}${sitePath}`, output: () => output, exited: () => exit, cleanUp };
}

const fetchText = async (url: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};

function siteEnv(site: FixtureSite): Record<string, string> {
  return { BROADSHEET_ROOT: site.root, BROADSHEET_SITE: path.join(site.root, 'site.json'), BUILD_TIME: '2026-01-01T00:00:00Z', TZ: 'Asia/Tokyo' };
}

const settings = { title: 'Serve Times', url: 'https://serve.example', timeZone: 'UTC', pageSize: 10 };

describe('npm run serve', () => {
  let site: FixtureSite;
  let generator: string;
  let server: Running;
  let publishedBefore: string;

  before(async () => {
    site = createFixtureSite(settings);
    site.write('posts/2025-10-09-kept.md', post('title: Kept story\ncategories: [Business]'));
    site.write('posts/2025-10-10-doomed.md', post('title: Doomed story\ncategories: [Business]'));
    site.write('posts/2025-10-11-a-draft.md', post('title: A draft\ndraft: true\ncategories: [Business]'));
    site.write('pages/about.njk', '---\ntitle: About\nlayout: page\n---\n<p class="about">Edited by {{ desk.editor }}.</p>\n');
    site.write('_data/desk.json', '{ "editor": "Ada" }\n');
    const built = site.build();
    assert.equal(built.status, 0, built.stderr);
    publishedBefore = site.fingerprint();
    generator = copyGenerator();
    server = await startServe([process.execPath, 'src/cli/run.mjs', 'src/cli/serve.ts', '--config=.eleventy.ts'], generator, siteEnv(site));
    await until('the first build', async () => ((await fetchText(server.url('/'))).status === 200 ? true : undefined));
  });
  after(async () => {
    await server?.cleanUp();
    site?.dispose();
    if (generator !== undefined) rmSync(generator, { recursive: true, force: true });
  });

  test('builds into <root>/.cache/serve/ and leaves _site/ as it was', { timeout }, async () => {
    const page = await fetchText(server.url('/2025/10/09/kept/'));
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1[^>]*>Kept story<\/h1>/);
    assert.ok(existsSync(path.join(site.root, '.cache/serve/2025/10/09/kept/index.html')));
    assert.equal(site.fingerprint(), publishedBefore);
  });

  test('serves a draft marked "Draft" that the published _site/ does not hold', { timeout }, async () => {
    const page = await fetchText(server.url('/2025/10/11/a-draft/'));
    assert.equal(page.status, 200);
    assert.ok(page.body.includes('<span class="draft-mark"> Draft</span>'), page.body);
    assert.equal(site.exists('2025/10/11/a-draft/index.html'), false);
    assert.ok(!site.read('index.html').includes('a-draft'));
  });

  test('a deleted post leaves the served site and every listing on the next rebuild', { timeout }, async () => {
    const listings = ['/', '/category/business/', '/sitemap.xml', '/feed.xml'];
    for (const listing of listings) assert.ok((await fetchText(server.url(listing))).body.includes('/2025/10/10/doomed/'), `${listing} lists the post before`);
    site.remove('posts/2025-10-10-doomed.md');
    await until('the deleted post to be gone', async () => ((await fetchText(server.url('/2025/10/10/doomed/'))).status === 404 ? true : undefined));
    for (const listing of listings) {
      const page = await fetchText(server.url(listing));
      assert.equal(page.status, 200, listing);
      assert.ok(!page.body.includes('/2025/10/10/doomed/'), `${listing} still lists the deleted post`);
    }
    assert.equal(existsSync(path.join(site.root, '.cache/serve/2025/10/10/doomed')), false);
  });

  test('an edit to one story rebuilds incrementally: the pages it does not touch are neither laid out nor written', { timeout }, async () => {
    const untouched = path.join(site.root, '.cache/serve/2025/10/11/a-draft/index.html');
    const before = { ino: statSync(untouched).ino, mtimeMs: statSync(untouched).mtimeMs };
    const seen = server.output().length;
    site.write('posts/2025-10-09-kept.md', post('title: Kept story\ncategories: [Business]', 'A corrected first paragraph.'));
    await until('the edited story', async () => ((await fetchText(server.url('/2025/10/09/kept/'))).body.includes('A corrected first paragraph.') ? true : undefined));
    const rebuild = await until('the rebuild to be published', async () => {
      const since = server.output().slice(seen);
      return /published into /.test(since) ? since : undefined;
    });
    assert.match(rebuild, /made \d+ pages[^,]*, [1-9]\d* of them unchanged since the last build and not laid out again/);
    assert.match(rebuild, /published into .*: [1-9]\d* files? new or changed, \d+ removed, [1-9]\d* unchanged\./);
    assert.deepEqual({ ino: statSync(untouched).ino, mtimeMs: statSync(untouched).mtimeMs }, before);
  });

  test('an edit to the CSS shows without a restart, and open pages are told to reload', { timeout }, async () => {
    const events = await fetch(server.url('/.broadsheet/reload'));
    const reader = events.body?.getReader();
    assert.ok(reader);
    appendFileSync(path.join(generator, 'assets/css/site.css'), '\n.serve-test-marker { color: red; }\n');
    await until('the edited CSS', async () => ((await fetchText(server.url('/assets/css/site.css'))).body.includes('.serve-test-marker') ? true : undefined));
    let received = '';
    while (!received.includes('event: reload')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    await reader.cancel();
    assert.match(received, /event: reload/);
  });

  test('an edit to a layout component shows without a restart', { timeout }, async () => {
    const file = path.join(generator, 'layouts/components/draft-mark.tsx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('> Draft<', '> Draft preview<'));
    const page = await until('the edited layout', async () => {
      const { body } = await fetchText(server.url('/2025/10/11/a-draft/'));
      return body.includes('Draft preview') ? body : undefined;
    });
    assert.ok(page.includes('<span class="draft-mark"> Draft preview</span>'));
  });

  test('an edit to a page template or its data shows without a restart', { timeout }, async () => {
    assert.match((await fetchText(server.url('/about/'))).body, /<p class="about">Edited by Ada\.<\/p>/);
    site.write('pages/about.njk', '---\ntitle: About\nlayout: page\n---\n<p class="about">Run by {{ desk.editor }}.</p>\n');
    await until('the edited page', async () => ((await fetchText(server.url('/about/'))).body.includes('Run by Ada.') ? true : undefined));
    site.write('_data/desk.json', '{ "editor": "Grace" }\n');
    await until('the edited data', async () => ((await fetchText(server.url('/about/'))).body.includes('Run by Grace.') ? true : undefined));
  });

  test('an edit to the settings shows without a restart', { timeout }, async () => {
    writeFileSync(path.join(site.root, 'site.json'), JSON.stringify({ ...settings, title: 'Serve Gazette' }));
    const page = await until('the new title', async () => {
      const { body } = await fetchText(server.url('/'));
      return body.includes('Serve Gazette') ? body : undefined;
    });
    assert.match(page, /<title>[^<]*Serve Gazette[^<]*<\/title>/);
  });
});

describe('stopping npm run serve', () => {
  let site: FixtureSite;
  let generator: string;

  before(() => {
    site = createFixtureSite(settings);
    site.write('posts/2025-10-09-kept.md', post('title: Kept story'));
    generator = copyGenerator();
  });
  after(() => {
    site?.dispose();
    if (generator !== undefined) rmSync(generator, { recursive: true, force: true });
  });

  test('SIGTERM to the npm process stops the server and frees the port', { timeout }, async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const server = await startServe([npm, 'run', 'serve', '--'], generator, siteEnv(site));
    try {
      await until('the first build', async () => ((await fetchText(server.url('/'))).status === 200 ? true : undefined));
      server.child.kill('SIGTERM');
      await server.exited();
      // npm's shell dies at once; the server notices it has lost its parent within a quarter of a second.
      await until('the port to be free', async () => ((await portIsFree(server.port)) ? true : undefined), 5000);
      await assert.rejects(fetch(server.url('/')));
    } finally {
      await server.cleanUp();
    }
  });

  test('SIGINT to the node process during a build stops the build too and frees the port', { timeout }, async () => {
    // A story of its own: with nothing changed since the test before, the first build would have nothing to do.
    site.write('posts/2025-10-10-new.md', post('title: A story to build'));
    const server = await startServe([process.execPath, 'src/cli/run.mjs', 'src/cli/serve.ts', '--config=.eleventy.ts'], generator, siteEnv(site));
    try {
      await until('the build to start', async () => (existsSync(path.join(site.root, '.cache/serve.lock')) ? true : undefined));
      server.child.kill('SIGINT');
      assert.equal(await server.exited(), 130, server.output());
      assert.ok(await portIsFree(server.port), 'the port is still taken');
      assert.equal(existsSync(path.join(site.root, '.cache/serve.staging')), false, 'the build left its staging folder');
      assert.equal(existsSync(path.join(site.root, '.cache/serve.lock')), false, 'the build left its lock');
    } finally {
      await server.cleanUp();
    }
  });
});
