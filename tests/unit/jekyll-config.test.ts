/**
 * A Jekyll `_config.yml` as Broadsheet settings (issue #11), and what it holds that nothing carries over, each key
 * named, for `npm run import`'s report (issue #12).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { settingsFromJekyllConfig } from '../../src/jekyll/config.ts';

const config = [
  'title: Old Gazette',
  'url: https://old.example/',
  'baseurl: ""',
  'timezone: Europe/Paris',
  'paginate: 5',
  'theme: minima',
  'sass:',
  '  style: compressed',
  'collections:',
  '  staff: { output: true }',
  'kramdown: { input: GFM }',
  'markdown: kramdown',
  'exclude: [notes.txt]',
  'include: [.htaccess]',
  'plugins: [jekyll-feed]',
  'author: Ed Itor',
].join('\n');

describe('_config.yml read as settings', () => {
  test('each key carried over is reported with the setting it becomes and its value; an empty value is unset, as in Jekyll', () => {
    const read = settingsFromJekyllConfig(config);
    assert.ok(read.ok);
    assert.deepEqual(read.mapped.map((m) => [m.key, m.setting, m.value, m.jekyllDefault]), [
      ['title', 'title', 'Old Gazette', false],
      ['url', 'url', 'https://old.example', false],
      ['timezone', 'timeZone', 'Europe/Paris', false],
      ['permalink', 'permalink', 'date', true],
      ['paginate', 'pageSize', 5, false],
    ]);
    assert.deepEqual(read.overrides, { title: 'Old Gazette', url: 'https://old.example', timeZone: 'Europe/Paris', permalink: 'date', pageSize: 5 });
  });

  test('every key not carried over is named, in the file\'s order', () => {
    const read = settingsFromJekyllConfig(config);
    assert.ok(read.ok);
    assert.deepEqual(read.unmapped, ['theme', 'sass', 'collections', 'kramdown', 'markdown', 'exclude', 'include', 'plugins', 'author']);
    assert.equal(read.config['author'], 'Ed Itor');
  });

  test('a permalink the file sets is not Jekyll\'s default', () => {
    const read = settingsFromJekyllConfig('permalink: pretty\n');
    assert.ok(read.ok);
    assert.deepEqual(read.mapped, [{ key: 'permalink', setting: 'permalink', value: 'pretty', jekyllDefault: false }]);
    assert.deepEqual(read.unmapped, []);
  });

  test('an empty file is Jekyll\'s defaults', () => {
    const read = settingsFromJekyllConfig('');
    assert.ok(read.ok);
    assert.deepEqual(read.overrides, { permalink: 'date' });
  });
});
