/**
 * The bench's yardstick (issue: "`npm run bench`"): the least a generator must do with the same posts. It reads every
 * `posts/*.md` with gray-matter, renders the body with markdown-it (configured as src/markdown/create-markdown.ts
 * configures it) and writes one HTML page per post, each in a folder named after the file (`<stem>/index.html`,
 * the same pretty-URL shape the build writes). Synchronous, in one loop: the plainest script there is.
 *
 *   node --import tsx bench/baseline.ts <site root> <output folder>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char] ?? char);
}

function renderBaseline(root: string, output: string): number {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: true });
  const postsDir = path.join(root, 'posts');
  const files = readdirSync(postsDir).filter((file) => file.endsWith('.md'));
  for (const file of files) {
    // Any options object turns off gray-matter's cache of every file it has parsed, which would inflate the
    // yardstick's memory with 10,000 copies of the corpus the build never keeps.
    const { data, content } = matter(readFileSync(path.join(postsDir, file), 'utf8'), {});
    const title = escapeHtml(String(data['title'] ?? file));
    const html = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1>\n${md.render(content)}</body></html>\n`;
    const dir = path.join(output, file.slice(0, -'.md'.length));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), html);
  }
  return files.length;
}

const [root, output] = process.argv.slice(2);
if (root === undefined || output === undefined) {
  console.error('baseline: expected a site root and an output folder: node --import tsx bench/baseline.ts <root> <output>.');
  process.exitCode = 2;
} else {
  console.log(`baseline: wrote ${renderBaseline(root, output)} pages to ${output}.`);
}
