import assert from 'node:assert/strict';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/2025-10-10-x.md';

export const frontMatterCases: HostileCase[] = [
  { name: 'an empty file is skipped with a warning naming it', family: 'front matter', files: { [at]: '' }, expect: { exit: 0, says: [at, 'empty'] } },
  { name: 'a file of white space only is skipped with a warning', family: 'front matter', files: { [at]: '  \n\n\t\n' }, expect: { exit: 0, says: [at, 'empty'] } },
  { name: 'front matter that is a list is refused', family: 'front matter', files: { [at]: '---\n- a\n- b\n---\nBody\n' }, expect: { exit: 1, says: [`${at}:2`, '`key: value`'] } },
  { name: 'an unclosed list is refused with its line', family: 'front matter', files: { [at]: '---\ntitle: X\ntags: [a, b\n---\nBody\n' }, expect: { exit: 1, says: [`${at}:3`, 'not valid YAML'] } },
  { name: 'an unquoted colon is refused with its line and the fix', family: 'front matter', files: { [at]: '---\ntitle: Breaking: markets fall\n---\nBody\n' }, expect: { exit: 1, says: [`${at}:2`, 'Quote values'] } },
  { name: 'a key written twice is refused', family: 'front matter', files: { [at]: '---\ntitle: X\ntitle: Y\n---\nBody\n' }, expect: { exit: 1, says: [`${at}:3`, 'unique'] } },
  {
    name: 'a YAML alias bomb is refused at once',
    family: 'front matter',
    files: {
      [at]: `---\n${['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n')}\ntitle: *i\n---\nBody\n`,
    },
    expect: { exit: 1, says: [at, 'aliases', 'billion laughs'] },
  },
  { name: 'a few YAML aliases are fine', family: 'front matter', files: { [at]: story({ tags: '&t [a, b]', keywords: '*t' }) }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] } },
  { name: 'a NUL byte makes it a binary file, refused', family: 'front matter', files: { [at]: Buffer.from('---\ntitle: x\n---\n\u0000\u0001PNG') }, expect: { exit: 1, says: [at, 'binary'] } },
  { name: 'Latin-1 bytes are refused naming the line and the fix', family: 'front matter', files: { [at]: Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\ndate: 2025-10-10\n---\nBody\n')]) }, expect: { exit: 1, says: [`${at}:2`, 'UTF-8'] } },
  { name: 'a byte-order mark is read past', family: 'front matter', files: { [at]: `\ufeff${story({ title: '"With a BOM"' })}` }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'], check: (site) => assert.match(site.read('2025/10/09/x/index.html'), /<h1[^>]*>With a BOM</) } },
  { name: 'CRLF line ends are read', family: 'front matter', files: { [at]: story({ title: '"Windows"' }).replace(/\n/g, '\r\n') }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] } },
  { name: 'a number as title is its text', family: 'front matter', files: { [at]: story({ title: '2013' }) }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] } },
  { name: 'a mapping as title is refused', family: 'front matter', files: { [at]: story({ title: '{ a: 1 }' }) }, expect: { exit: 1, says: [at, '`title`', 'must be text'] } },
  { name: 'a number as categories is its text, as in Jekyll', family: 'front matter', files: { [at]: story({ categories: '42' }) }, expect: { exit: 0, publishes: ['category/42/index.html'] } },
  { name: 'a mapping as categories is refused with the fix', family: 'front matter', files: { [at]: story({ categories: '{ a: 1 }' }) }, expect: { exit: 1, says: [at, '`categories`', 'categories: [Technology]'] } },
  { name: 'a mapping in tags is refused', family: 'front matter', files: { [at]: story({ tags: '{ a: 1 }' }) }, expect: { exit: 1, says: [at, '`tags`'] } },
  { name: 'an unknown layout is a warning naming the known ones, as in Jekyll', family: 'front matter', files: { [at]: story({ layout: 'nonsense' }) }, expect: { exit: 0, says: [at, '`layout`', 'post, page, default'] } },
  { name: '`published` as text is read as true, as Jekyll reads it, with a warning', family: 'front matter', files: { [at]: story({ published: 'maybe' }) }, expect: { exit: 0, says: [at, '`published`'], publishes: ['2025/10/09/x/index.html'] } },
  { name: '`published` as a list is refused', family: 'front matter', files: { [at]: story({ published: '[1]' }) }, expect: { exit: 1, says: [at, '`published`'] } },
  { name: 'a misspelt key is a warning naming the likely key', family: 'front matter', files: { [at]: story({ categroies: '[News]' }) }, expect: { exit: 0, says: [at, '`categroies`', '`categories`'] } },
  { name: 'a JavaScript YAML tag is read as plain text, never run', family: 'front matter', files: { [at]: story({ title: '!!js/function "function () { return 1 }"' }) }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] } },
  { name: 'a Ruby object YAML tag is refused, as Jekyll refuses it', family: 'front matter', files: { [at]: story({ excerpt: "!ruby/object 'x'" }) }, expect: { exit: 1, says: [at, 'Ruby object'] } },
  { name: 'a __proto__ key pollutes nothing', family: 'front matter', files: { [at]: story({ __proto__: '{ polluted: true }', constructor: '{ prototype: { polluted: true } }' }) }, expect: { exit: 0, publishes: ['2025/10/09/x/index.html'] } },
  { name: 'lists nested 5,000 deep are refused, not a crash', family: 'front matter', files: { [at]: story({ tags: `${'['.repeat(5000)}a${']'.repeat(5000)}` }) }, expect: { exit: 1, says: [at] } },
  { name: 'a file with no front matter at all takes its title and date from the name', family: 'front matter', files: { 'posts/2025-10-10-plain-text.md': 'Just text, no front matter.\n' }, expect: { exit: 0, says: ['posts/2025-10-10-plain-text.md', '`title`'], publishes: ['2025/10/10/plain-text/index.html'] } },
  { name: 'front matter never closed is body text, and the post is read', family: 'front matter', files: { 'posts/2025-10-10-unclosed.md': '---\ntitle: Unclosed\n\nBody.\n' }, expect: { exit: 0 } },
];

