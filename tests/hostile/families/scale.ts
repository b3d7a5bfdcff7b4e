import assert from 'node:assert/strict';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';

export const scaleCases: HostileCase[] = [
  {
    name: 'a 100,000-character title builds, its URL from the file name',
    family: 'scale',
    files: { [at]: story({ title: JSON.stringify('Long '.repeat(20_000)) }) },
    expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] },
  },
  {
    name: 'a title with no slug of its own and 300 characters makes a capped URL',
    family: 'scale',
    files: { 'posts/2025-10-09-.md': story({ title: JSON.stringify('word '.repeat(60)) }) },
    expect: { exit: 0, check: (site) => assert.ok(site.files().every((file) => file.split('/').every((part) => Buffer.byteLength(part) <= 255))) },
  },
  {
    name: '2,000 tags on one post build',
    family: 'scale',
    files: { [at]: story({ tags: `[${Array.from({ length: 2000 }, (_, i) => `t${i}`).join(', ')}]` }) },
    expect: { exit: 0, publishes: ['tag/t1999/index.html'] },
  },
  {
    name: 'a body of 2 MB builds',
    family: 'scale',
    files: { [at]: story({}, 'Paragraph of news text. '.repeat(90_000)) },
    expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] },
  },
  {
    name: 'markdown nested 10,000 deep does not overflow the stack',
    family: 'scale',
    files: { [at]: story({}, `${'> '.repeat(10_000)}deep\n\n${'- '.repeat(5_000)}list\n\n${'['.repeat(10_000)}`) },
    expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] },
  },
  {
    name: '300 posts in one folder build',
    family: 'scale',
    files: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`posts/bulk/2025-09-${String((i % 28) + 1).padStart(2, '0')}-bulk-${i}.md`, story({ date: `2025-09-${String((i % 28) + 1).padStart(2, '0')}` })])),
    expect: { exit: 0, publishes: ['2025/09/20/bulk-299/index.html', '2025/09/28/bulk-27/index.html'] },
  },
];
