import assert from 'node:assert/strict';
import { maxSlugBytes } from '../../../src/content/slug.ts';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';
const terms = (name: string, fields: Record<string, string>, expect: HostileCase['expect']): HostileCase => ({ name, family: 'terms', files: { [at]: story(fields) }, expect });

export const termCases: HostileCase[] = [
  terms('a tag made of a script tag is text on its page and in every list', { tags: '["<script>alert(1)</script>"]' }, { exit: 0, publishes: ['tag/script-alert-1-script/index.html'] }),
  terms('a category with quotes and an event handler is escaped', { categories: '[\'"><img src=x onerror=alert(1)>\']' }, { exit: 0, publishes: ['category/img-src-x-onerror-alert-1/index.html'] }),
  terms('a category that climbs with .. stays inside the site', { categories: '["../../../etc"]' }, { exit: 0, publishes: ['category/etc/index.html'] }),
  terms('a tag of emoji only gets a stable slug', { tags: '["🔥"]' }, { exit: 0, check: (site) => assert.ok(site.files().some((file) => /^tag\/tag-[0-9a-f]{8}\/index\.html$/.test(file))) }),
  terms('a 300-character tag gets a slug within the cap', { tags: `["${'long word '.repeat(30).trim()}"]` }, { exit: 0, check: (site) => assert.ok(site.files().some((file) => file.startsWith('tag/long-word-') && Buffer.byteLength(file.split('/')[1] ?? '') <= maxSlugBytes)) }),
  terms('tags that differ only in case and dots are one page', { tags: '[AI, ai, A.I.]' }, { exit: 0, publishes: ['tag/ai/index.html'] }),
  terms('a category with a slash is one segment', { categories: '["News/World"]' }, { exit: 0, publishes: ['category/news-world/index.html'] }),
  terms('a number as a tag is its text', { tags: '[2013]' }, { exit: 0, publishes: ['tag/2013/index.html'] }),
  terms('an unknown author key with markup is shown as text, with a warning', { author: '"<img src=x onerror=alert(1)>"' }, { exit: 0, says: ['`author`', 'not one of the site\'s authors'] }),
  terms('a tag with a newline and control characters is one slug', { tags: '["a\\nb\\u0007c"]' }, { exit: 0, publishes: ['tag/a-b-c/index.html'] }),
  terms('a right-to-left override in a tag cannot reorder its URL', { tags: '["abc\\u202Egpj.exe"]' }, { exit: 0, check: (site) => assert.ok(!site.files().some((file) => file.includes('\u202E'))) }),
];
