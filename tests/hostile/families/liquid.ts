import assert from 'node:assert/strict';
import { type HostileCase, secret, story } from '../case.ts';

const at = 'posts/x.md';
const page = '2025/10/09/x/index.html';

/** Liquid in story bodies (issue #12) reads only the site's own `_includes/`, `_data/` and files beside the post. */
export const liquidCases: HostileCase[] = [
  {
    name: 'an include that climbs out of _includes/ is a missing include, and nothing outside is read',
    family: 'liquid',
    files: { [at]: story({}, 'Intro.\n\n{% include ../../outside/secret.md %}') },
    expect: { exit: 1, says: ['posts/x.md:', 'does not exist in _includes/'], never: [secret] },
  },
  {
    name: 'include_relative with ../ is refused',
    family: 'liquid',
    files: { [at]: story({}, '{% include_relative ../../outside/secret.md %}') },
    expect: { exit: 1, says: ['posts/x.md:', 'invalid characters or sequences'], never: [secret] },
  },
  {
    name: 'an include symlinked outside the site is refused naming the link',
    family: 'liquid',
    files: { [at]: story({}, '{% include sig.md %}') },
    links: { '_includes/sig.md': '{outside}/secret.md' },
    expect: { exit: 1, says: ['_includes/sig.md', '{outside}/secret.md'], never: [secret] },
  },
  {
    name: 'a data file symlinked outside the site is refused',
    family: 'liquid',
    files: { [at]: story({}, '{{ site.data.leak }}') },
    links: { '_data/leak.yml': '{outside}/secret.md' },
    expect: { exit: 1, says: ['_data/leak.yml'], never: [secret] },
  },
  {
    name: 'a YAML alias bomb in _data/ is refused, not expanded',
    family: 'liquid',
    files: {
      [at]: story({}, '{{ site.data.bomb | jsonify }}'),
      '_data/bomb.yml': ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n'),
    },
    expect: { exit: 1, says: ['_data/bomb.yml'] },
  },
  {
    name: 'a runaway Liquid loop is stopped and named',
    family: 'liquid',
    files: { [at]: story({}, '{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}') },
    expect: { exit: 1, says: ['posts/x.md:', 'too costly'] },
  },
  {
    name: 'an unknown tag stops the build naming the file and line',
    family: 'liquid',
    files: { [at]: story({}, 'One.\n\n{% gist 1234 %}') },
    expect: { exit: 1, says: [/posts\/x\.md:\d+: Liquid: `\{% gist %\}` is not a tag/] },
  },
  {
    name: 'a Liquid error is reported with every other problem, in one report',
    family: 'liquid',
    files: { [at]: story({}, '{% if true %}never closed'), 'posts/y.md': story({ date: '2025-13-45' }) },
    expect: { exit: 1, says: [/posts\/x\.md:\d+: Liquid: \{% if true %\} is never closed/, /posts\/y\.md:\d+: `date`/] },
  },
  {
    name: 'markup made by Liquid is sanitised like the rest of the body',
    family: 'liquid',
    settings: { bodies: { sanitize: true, embedHosts: [] } },
    files: { [at]: story({}, 'Intro.\n\n{% capture s %}<scr{% endcapture %}{{ s }}ipt>alert(1)</script>{{ "<img src=x onerror=alert(2)>" }}') },
    expect: { exit: 0, publishes: [page], check: (site) => assert.doesNotMatch(site.read(page), /<script>alert|onerror=/) },
  },
  {
    name: 'render_with_liquid: false prints hostile-looking Liquid as text',
    family: 'liquid',
    files: { [at]: story({ render_with_liquid: 'false' }, '{% include secret.md %} {{ site.data }}') },
    links: { '_includes/secret.md': '{outside}/secret.md' },
    expect: { exit: 0, never: [secret], check: (site) => assert.match(site.read(page), /\{% include secret\.md %\} \{\{ site\.data \}\}/) },
  },
];
