/**
 * Builds throwaway sites for the integration tests: a temp folder with posts/, assets/images/ and a site.json,
 * built by the real build script in a child process, exactly as `npm run build` runs it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A 2x2 JPEG, so fixture posts can name an image that exists; its bytes decide its name. */
export const tinyJpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAACAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);
export const tinyJpegName = `${createHash('md5').update(tinyJpeg).digest('hex')}.jpg`;

export interface FixtureSite {
  readonly root: string;
  readonly out: string;
  write(relativePath: string, content: string | Buffer): void;
  remove(relativePath: string): void;
  build(args?: readonly string[], env?: Record<string, string>): BuildResult;
  read(outputPath: string): string;
  exists(outputPath: string): boolean;
  /** Every file under _site/, relative, sorted. */
  files(): string[];
  /** A digest of every file's path, size and bytes under _site/. */
  fingerprint(): string;
  dispose(): void;
}

export interface BuildResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function createFixtureSite(settings: Record<string, unknown>): FixtureSite {
  const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-fixture-'));
  const out = path.join(root, '_site');
  mkdirSync(path.join(root, 'posts'), { recursive: true });
  mkdirSync(path.join(root, 'assets/images'), { recursive: true });
  writeFileSync(path.join(root, 'site.json'), JSON.stringify(settings, null, 2));
  writeFileSync(path.join(root, 'assets/images', tinyJpegName), tinyJpeg);

  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [path.relative(out, full).split(path.sep).join('/')];
    });

  return {
    root,
    out,
    write(relativePath, content) {
      mkdirSync(path.dirname(path.join(root, relativePath)), { recursive: true });
      writeFileSync(path.join(root, relativePath), content);
    },
    remove(relativePath) {
      rmSync(path.join(root, relativePath), { force: true });
    },
    build(args = [], env = {}) {
      const result = spawnSync(process.execPath, ['src/cli/run.mjs', 'src/cli/build.ts', '--config=.eleventy.ts', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          BROADSHEET_ROOT: root,
          BROADSHEET_SITE: path.join(root, 'site.json'),
          BUILD_TIME: '2026-01-01T00:00:00Z',
          TZ: 'Asia/Tokyo', // the machine's zone must never leak into dates
          ...env,
        },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    read(outputPath) {
      return readFileSync(path.join(out, outputPath), 'utf8');
    },
    exists(outputPath) {
      try {
        return statSync(path.join(out, outputPath)).isFile();
      } catch {
        return false;
      }
    },
    files() {
      return walk(out).sort();
    },
    fingerprint() {
      const hash = createHash('sha256');
      for (const file of walk(out).sort()) hash.update(file).update('\0').update(readFileSync(path.join(out, file))).update('\0');
      return hash.digest('hex');
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Front matter + body, for fixture posts. */
export function post(frontMatter: string, body = 'A first paragraph.\n\nA second paragraph.'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}\n`;
}
