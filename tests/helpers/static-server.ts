/**
 * A tiny static host for the browser and search tests: serves a built folder over http://127.0.0.1:<port>/ under
 * an optional path prefix (`/news/`), the way GitHub Pages or S3 serve `_site/`: `/x/` is `x/index.html`, a folder
 * without its slash is redirected, anything missing gets the folder's `404.html` with status 404.
 * Loopback only and no caching, so a test sees exactly the files on disk.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types by extension. Pagefind's index files are opaque bytes it fetches itself. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  /** `/` or `/news/`. */
  readonly pathPrefix: string;
  /** The absolute URL of a site path: `url('/tag/ai/')` is `http://127.0.0.1:<port>/news/tag/ai/`. */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Serves `folder` until `close()`. `pathPrefix` is normalised to `/news/`; requests outside it get a bare 404. */
export async function serveFolder(folder: string, pathPrefix = '/'): Promise<StaticServer> {
  const root = path.resolve(folder);
  const trimmed = pathPrefix.replace(/^\/+|\/+$/g, '');
  const prefix = trimmed === '' ? '/' : `/${trimmed}/`;

  const server = createServer((request, response) => {
    const send = (status: number, file: string | undefined, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'cache-control': 'no-store', ...(file ? { 'content-type': contentTypeFor(file) } : {}), ...headers });
      if (file === undefined || request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = (): void => {
      const page = path.join(root, '404.html');
      send(404, isFile(page) ? page : undefined);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, undefined, { allow: 'GET, HEAD' });

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, undefined);
    }
    if (`${pathname}/` === prefix) return send(301, undefined, { location: prefix });
    if (!pathname.startsWith(prefix)) return send(404, undefined);

    const file = path.resolve(root, `.${pathname.slice(prefix.length - 1)}`);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return notFound(); // `..` never leaves the folder
    if (isFolder(file)) {
      if (!pathname.endsWith('/')) return send(301, undefined, { location: `${encodeURI(pathname)}/` });
      const index = path.join(file, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    return isFile(file) ? send(200, file) : notFound();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error(`static server: expected a TCP address, found ${String(address)}`);
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pathPrefix: prefix,
    url: (sitePath = '/') => `${origin}${encodeURI(`${prefix}${sitePath.replace(/^\/+/, '')}`)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
