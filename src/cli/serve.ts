/**
 * `npm run serve [-- --port N] [-- --host H] [-- --future] [-- --strict] [-- --verbose]`: builds the site with its drafts into its
 * own folder, `<root>/.cache/serve/` (never `_site/`: drafts must never reach what CI publishes, issue #13), serves
 * it with live reload at http://localhost:8080/, and rebuilds on every change to the site or the generator.
 *
 * Each rebuild is `npm run build -- --drafts` in a new process (issue #13). Node's ESM loader never forgets a
 * module, so an in-process rebuild kept the layouts, components and src/site.ts it first imported; and it wrote
 * over the last output, so a deleted post's page and listing entries stayed. A fresh process imports everything
 * anew, and the build script's staging folder, published only on success (only the files that changed, with what
 * is no longer made removed), leaves no stale page and keeps the last good site served while a broken edit is
 * fixed; what the build keeps in `.cache/build/` spares it the pages an edit does not touch (issue #14). Measured on the 13-post sample site: 1.4 to 1.9 s a rebuild, where
 * Eleventy's in-process rebuild took 0.15 to 0.3 s but showed neither change.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { buildOptionsFromEnv, generatorDir, serveOutputDir } from '../build/options.ts';
import { parseArgs } from './args.ts';
import { describeFailure } from './failure.ts';

const knownFlags = ['config', 'future', 'host', 'port', 'strict', 'verbose'];
/** Drafts are served: only to this machine unless `--host 0.0.0.0` (or an address) says otherwise. */
const defaultHost = '127.0.0.1';
const reloadPath = '/.broadsheet/reload';
/** Changes closer together than this are one rebuild (an editor's save is several file events). */
const settleMs = 100;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
  '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

/** Sent to every page: reloads it when a rebuild has been swapped in. Same-origin, so a strict CSP allows it. */
const reloadClient = `new EventSource(${JSON.stringify(reloadPath)}).addEventListener('reload', () => location.reload());\n`;

export async function serve(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { flags } = parseArgs(argv, ['config', 'host', 'port']);
  const host = typeof flags.get('host') === 'string' && flags.get('host') !== '' ? String(flags.get('host')) : defaultHost;
  const unknown = [...flags.keys()].filter((flag) => !knownFlags.includes(flag));
  const port = Number(flags.get('port') ?? 8080);
  if (unknown.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(unknown.length > 0 ? `serve: unknown option ${unknown.map((f) => `--${f}`).join(', ')}. Known: ${knownFlags.map((f) => `--${f}`).join(', ')}.` : `serve: --port must be a port number (0 to 65535); found ${String(flags.get('port'))}.`);
    return 2;
  }
  let options;
  try {
    options = buildOptionsFromEnv(env, process.cwd());
  } catch (error) {
    console.error(describeFailure(error, flags.has('verbose')));
    return 1;
  }
  const output = serveOutputDir(options.root);
  const prefix = options.site.pathPrefix;
  const buildArgs = [
    path.join(generatorDir, 'src/cli/run.mjs'), path.join(generatorDir, 'src/cli/build.ts'),
    `--config=${String(flags.get('config') ?? '.eleventy.ts')}`, '--drafts', '--output', output,
    ...['future', 'strict', 'verbose'].filter((flag) => flags.has(flag)).map((flag) => `--${flag}`),
  ];

  const clients = new Set<ServerResponse>();
  let child: ChildProcess | undefined;
  let pending = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const rebuild = (): void => {
    if (stopping) return;
    if (child !== undefined) {
      pending = true;
      return;
    }
    const started = Date.now();
    const running = spawn(process.execPath, buildArgs, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child = running;
    running.on('exit', (code) => {
      child = undefined;
      if (stopping) return;
      if (code === 0) {
        console.log(`[broadsheet] serve: built in ${((Date.now() - started) / 1000).toFixed(1)} s; reloading ${clients.size} page(s).`);
        for (const client of clients) client.write('event: reload\ndata: \n\n');
      } else console.error('[broadsheet] serve: the rebuild failed (above); still serving the last good build.');
      if (pending) {
        pending = false;
        rebuild();
      }
    });
  };
  const changed = (file: string): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`[broadsheet] serve: ${path.relative(process.cwd(), file) || file} changed; rebuilding.`);
      rebuild();
    }, settleMs);
  };

  const watchers = watchSources(options.root, env['BROADSHEET_SITE'], changed);
  const server = createServer((request, response) => {
    handle(request, response, output, prefix, clients).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`serve: ${(error as Error).message}`);
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(inUse ? `serve: port ${port} is in use (another \`npm run serve\`?). Stop it, or choose another: npm run serve -- --port ${port + 1}` : describeFailure(error, flags.has('verbose')));
    return 1;
  }
  const address = server.address();
  const listening = typeof address === 'object' && address !== null ? address.port : port;
  const shown = host === defaultHost ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`[broadsheet] serve: http://${shown}:${listening}${prefix} (drafts shown${host === defaultHost ? ', to this machine only' : ''}), built into ${output}; never _site/.`);
  rebuild();

  // Stopping stops everything: the build in progress (which removes its staging folder and lock), the watchers,
  // every open connection and the listening socket, so the port is free when the command returns (issue #13).
  return new Promise<number>((resolve) => {
    // `npm run serve` starts this through `sh -c`, and dash neither execs the command nor passes a SIGTERM on: npm
    // stopped, the shell died and its node child kept the port (issue #13). So losing the parent stops us too.
    const parent = process.ppid;
    const orphaned = setInterval(() => process.ppid !== parent && stop('SIGTERM'), 250);
    orphaned.unref();
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      clearTimeout(timer);
      clearInterval(orphaned);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      const exitCode = 128 + (signal === 'SIGINT' ? 2 : 15);
      const building = child;
      const closed = new Promise<void>((done) => server.close(() => done()));
      const built = building === undefined || building.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => building.once('exit', () => done()));
      building?.kill('SIGTERM');
      const force = setTimeout(() => building?.kill('SIGKILL'), 5000);
      void Promise.all([closed, built]).then(() => {
        clearTimeout(force);
        resolve(exitCode);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Answers one request from the serve folder under the site's path prefix, with the live-reload script in pages. */
async function handle(request: IncomingMessage, response: ServerResponse, output: string, prefix: string, clients: Set<ServerResponse>): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === reloadPath) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': connected\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (pathname === `${reloadPath}.js`) return send(response, 200, '.js', reloadClient);
  if (pathname === '/' && prefix !== '/') {
    response.writeHead(302, { location: prefix }).end();
    return;
  }
  const relative = pathname.startsWith(prefix) ? decodeURIComponent(pathname.slice(prefix.length)) : undefined;
  const file = relative === undefined ? undefined : path.join(output, relative);
  if (file === undefined || path.relative(output, file).startsWith('..')) return sendFile(response, 404, path.join(output, '404.html'));
  const kind = await stat(file).catch(() => undefined);
  if (kind?.isDirectory() && !pathname.endsWith('/')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  return kind === undefined ? sendFile(response, 404, path.join(output, '404.html')) : sendFile(response, 200, kind.isDirectory() ? path.join(file, 'index.html') : file);
}

async function sendFile(response: ServerResponse, status: number, file: string): Promise<void> {
  const body = await readFile(file).catch(() => undefined);
  if (body === undefined) return send(response, 404, '.txt', 'Not found (the first build may still be running).');
  const type = path.extname(file).toLowerCase();
  const script = `<script src="${reloadPath}.js" defer></script>`;
  send(response, status, type, type === '.html' ? withScript(body.toString('utf8'), script) : body);
}

const withScript = (html: string, script: string): string => (html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : `${html}${script}`);

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': contentTypes[type] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(body);
}

/**
 * Watches what a build reads: the site folder (posts, drafts, includes, data, images, settings, a Jekyll site's
 * static files) and the generator's layouts, assets and src/ (src/site.ts holds the sample site's settings).
 * Outputs, caches, dot-folders and node_modules are left out: a build writing them must not start another.
 */
function watchSources(root: string, settingsFile: string | undefined, changed: (file: string) => void): FSWatcher[] {
  const ignored = (name: string) => name.startsWith('.') || name === 'node_modules' || name === '_site' || name.startsWith('_site.') || (root === generatorDir && ['tests', 'bench'].includes(name));
  const folders = new Set([...readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !ignored(entry.name)).map((entry) => path.join(root, entry.name)), ...['layouts', 'assets', 'src'].map((name) => path.join(generatorDir, name))]);
  const watchFolder = (folder: string) => watch(folder, { recursive: true }, (_event, name) => changed(path.join(folder, name ?? '')));
  const watchers = [...folders].map(watchFolder);
  // The root's own files (broadsheet.json, _config.yml, static files), and folders made while serving.
  watchers.push(
    watch(root, (_event, name) => {
      if (name === null || ignored(name)) return;
      const full = path.join(root, name);
      if (!folders.has(full) && isFolder(full)) {
        folders.add(full);
        watchers.push(watchFolder(full));
      }
      changed(full);
    }),
  );
  if (settingsFile !== undefined && settingsFile !== '') {
    const file = path.resolve(settingsFile);
    watchers.push(watch(path.dirname(file), (_event, name) => name === path.basename(file) && changed(file)));
  }
  return watchers;
}

function isFolder(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

process.exit(await serve(process.argv.slice(2), process.env));
