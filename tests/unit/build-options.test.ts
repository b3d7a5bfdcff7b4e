/**
 * The build's environment (issue #10): BUILD_TIME, BROADSHEET_ROOT, BROADSHEET_SITE and the deploy overrides are all
 * checked, and every problem, the settings' included, comes in one ConfigError before anything is built.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { buildOptionsFromEnv } from '../../src/build/options.ts';
import { ConfigError, formatProblem } from '../../src/errors.ts';
import { readBuildTime } from '../../src/settings/environment.ts';
import { jsonErrorOffset, parseSettingsFile } from '../../src/settings/settings-file.ts';

const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-options-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A site folder with posts/ and, when given, a site.json. */
function siteFolder(name: string, settings?: string): string {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'posts'), { recursive: true });
  if (settings !== undefined) writeFileSync(path.join(root, 'site.json'), settings);
  return root;
}

const root = siteFolder('plain', JSON.stringify({ title: 'The Test Gazette', url: 'https://news.example.com' }));
const env = (extra: Record<string, string> = {}) => ({ BROADSHEET_ROOT: root, BROADSHEET_SITE: path.join(root, 'site.json'), ...extra });

/** The problems of an environment that must fail, as the build prints them. */
function problems(given: Record<string, string | undefined>, cwd = work): string[] {
  try {
    buildOptionsFromEnv(given, cwd);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems.map(formatProblem);
  }
  assert.fail('the environment should have been refused');
}

describe('BUILD_TIME', () => {
  test('a whole instant with Z or an offset is the build clock', () => {
    assert.equal(buildOptionsFromEnv(env({ BUILD_TIME: '2025-10-09T12:00:00Z' }), work).buildTime?.toISOString(), '2025-10-09T12:00:00.000Z');
    assert.equal(buildOptionsFromEnv(env({ BUILD_TIME: '2025-10-09T12:00:00.123+01:00' }), work).buildTime?.toISOString(), '2025-10-09T11:00:00.123Z');
    assert.equal(buildOptionsFromEnv(env({ BUILD_TIME: '2025-10-09T12:00-04:00' }), work).buildTime?.toISOString(), '2025-10-09T16:00:00.000Z');
  });

  test('unset or empty means "now"', () => {
    assert.equal(buildOptionsFromEnv(env(), work).buildTime, undefined);
    assert.equal(buildOptionsFromEnv(env({ BUILD_TIME: '' }), work).buildTime, undefined);
  });

  test('0, a bare date, a time without offset and other near misses are refused (0 once built an empty site of the year 2000)', () => {
    for (const value of ['0', '2025', '2025-10-09', '2025-10-09T12:00:00', '2025-10-09 12:00:00Z', '20251009T120000Z', '1e10', 'yesterday', '2025-10-09T12:00:00+0100']) {
      assert.deepEqual(problems(env({ BUILD_TIME: value })), [
        `environment: \`BUILD_TIME\` must be an ISO 8601 instant with date, time and offset (or Z); found ${JSON.stringify(value)}. Write it like 2025-10-09T12:00:00Z or 2025-10-09T13:00:00+01:00, or unset it to build at the current time.`,
      ], value);
    }
  });

  test('a date or time that does not exist is refused rather than rolled over', () => {
    for (const value of ['2025-02-30T00:00:00Z', '2025-13-01T00:00:00Z', '2025-10-09T24:00:00Z', '2025-10-09T12:60:00Z', '2025-10-09T12:00:00+24:00']) {
      const result = readBuildTime(value);
      assert.equal(result.ok, false, value);
      assert.match(result.ok ? '' : formatProblem(result.problem), /^environment: `BUILD_TIME` is not a real date and time; found /, value);
    }
    assert.equal(readBuildTime('2024-02-29T00:00:00Z').ok, true);
  });
});

describe('BROADSHEET_ROOT', () => {
  test('a folder that does not exist is named, with what to do', () => {
    const missing = path.join(work, 'no-such-site');
    assert.deepEqual(problems({ BROADSHEET_ROOT: missing }), [
      `environment: \`BROADSHEET_ROOT\` names ${missing}, which does not exist. Point BROADSHEET_ROOT at the site folder (the one holding posts/ and assets/), or run the command from it.`,
    ]);
  });

  test('a file is not a site folder', () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, '');
    assert.match(problems({ BROADSHEET_ROOT: file })[0] ?? '', /names .*a-file, which is a file, not a folder\./);
  });

  test('a root without posts/ would build an empty site, so it is refused (the unset case names the working folder)', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const posts = path.join(empty, 'posts');
    assert.deepEqual(problems({ BROADSHEET_ROOT: empty }), [
      `environment: \`BROADSHEET_ROOT\` names ${empty}, which has no posts/ folder (${posts} does not exist); an empty site built from it would replace the live one on deploy. Point BROADSHEET_ROOT at the site folder (a Broadsheet site with posts/, or a Jekyll site with _config.yml and _posts/), or create ${posts}/ for the stories.`,
    ]);
    assert.match(problems({}, empty)[0] ?? '', /^environment: `BROADSHEET_ROOT` is not set, so the site folder is the working folder .*empty, which has no posts\/ folder/);
  });

  test('`npm run new` may start a site: requirePosts: false accepts a root without posts/', () => {
    const fresh = path.join(work, 'fresh');
    mkdirSync(fresh, { recursive: true });
    assert.equal(buildOptionsFromEnv({ BROADSHEET_ROOT: fresh }, work, { requirePosts: false }).root, fresh);
  });

  test('a relative root is resolved against the working folder', () => {
    assert.equal(buildOptionsFromEnv({ BROADSHEET_ROOT: 'plain' }, work).root, root);
  });
});

describe('BROADSHEET_SITE', () => {
  test('a missing file is named, with where it was looked for and what to do', () => {
    assert.deepEqual(problems({ BROADSHEET_ROOT: root, BROADSHEET_SITE: 'nowhere.json' }), [
      `nowhere.json: does not exist (named by BROADSHEET_SITE; looked for ${path.join(work, 'nowhere.json')}). Point BROADSHEET_SITE at a JSON file of settings, or unset it to use src/site.ts.`,
    ]);
  });

  test('a folder is not a settings file', () => {
    assert.match(problems({ BROADSHEET_ROOT: root, BROADSHEET_SITE: root })[0] ?? '', /: is a folder \(named by BROADSHEET_SITE\), not a JSON file of settings\. Point BROADSHEET_SITE at the JSON file inside it/);
  });

  test('invalid JSON is reported with its line, column and position', () => {
    const broken = siteFolder('broken', '{\n  "title": "x",\n  "pageSize": }\n');
    const file = path.join(broken, 'site.json');
    assert.deepEqual(problems({ BROADSHEET_ROOT: broken, BROADSHEET_SITE: file }), [
      `${file}:3: is not valid JSON: Unexpected token '}' at line 3, column 15 (position 32). Fix the JSON there (a missing comma or quote, or a comma before \`}\`, is the usual cause), or unset BROADSHEET_SITE to use src/site.ts.`,
    ]);
  });

  test('a trailing comma, an empty file and a list are each named', () => {
    assert.deepEqual(parseSettingsFile('{\n  "title": "x",\n}', 's.json'), {
      ok: false,
      problem: { file: 's.json', line: 3, message: 'is not valid JSON: Expected double-quoted property name at line 3, column 1 (position 18).', fix: 'Fix the JSON there (a missing comma or quote, or a comma before `}`, is the usual cause), or unset BROADSHEET_SITE to use src/site.ts.' },
    });
    const empty = parseSettingsFile('', 's.json');
    assert.match(empty.ok ? '' : empty.problem.message, /^is not valid JSON: Unexpected end of JSON input at line 1, column 1 \(position 0\)\.$/);
    const list = parseSettingsFile('[{"title": "x"}]', 's.json');
    assert.equal(list.ok ? '' : list.problem.message, 'must be one JSON object of settings; found a list of 1 item.');
  });

  test('a byte-order mark is not an error', () => {
    assert.deepEqual(parseSettingsFile('\uFEFF{"title": "x"}', 's.json'), { ok: true, overrides: { title: 'x' } });
  });

  test('a relative path is resolved against the working folder', () => {
    assert.equal(buildOptionsFromEnv({ BROADSHEET_ROOT: root, BROADSHEET_SITE: 'plain/site.json' }, work).site.title, 'The Test Gazette');
  });
});

describe('where a JSON text stops being JSON', () => {
  const cases: ReadonlyArray<readonly [string, number | undefined]> = [
    ['{"a": 1}', undefined], [' [1, "x", {"b": [true, null, -0.5e3]}] ', undefined], ['{}', undefined], ['"\\u00e9\\n"', undefined],
    ['{"a": }', 6], ['{"a": 1,}', 8], ['{"a" 1}', 5], ['', 0], ['{"a":1', 6], ['[1]x', 3], ['{"a":"\n"}', 6], ['[01]', 2], ['[1,]', 3],
    ["{'a': 1}", 1], ['{"a": tru}', 6], ['["\\x"]', 2], ['[1 2]', 3], ['{"a": 1 "b": 2}', 8],
  ];
  for (const [text, offset] of cases) {
    test(`${JSON.stringify(text)} → ${offset ?? 'valid'}`, () => {
      assert.equal(jsonErrorOffset(text), offset);
      assert.equal(offset === undefined, (() => { try { JSON.parse(text); return true; } catch { return false; } })());
    });
  }

  test('a million unclosed brackets do not overflow the stack', () => {
    assert.equal(jsonErrorOffset('['.repeat(1_000_000)), 1_000_000);
  });
});

describe('every problem at once', () => {
  test('environment and settings problems come in one ConfigError, environment first', () => {
    const bad = siteFolder('bad-settings', JSON.stringify({ pageSize: 0, authors: { a: { name: 'A', links: [{ label: 'x', url: 'javascript:alert(1)' }] } } }));
    let caught: unknown;
    try {
      buildOptionsFromEnv({ BROADSHEET_ROOT: path.join(work, 'missing'), BROADSHEET_SITE: path.join(bad, 'site.json'), BUILD_TIME: '0', SITE_URL: 'https://news.example/x', PATH_PREFIX: '/a\nb', SITE_TIME_ZONE: 'Mars/Base' }, work);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ConfigError);
    assert.deepEqual(caught.problems.map((p) => `${p.file === 'environment' ? 'environment' : path.basename(p.file)} ${p.field}`), [
      'environment BROADSHEET_ROOT', 'environment BUILD_TIME', 'environment SITE_URL', 'environment PATH_PREFIX', 'environment SITE_TIME_ZONE',
      'site.json pageSize', 'site.json authors.a.links[0].url',
    ]);
    assert.match(caught.message, /^The site settings and build environment have 7 problems:\n  - environment: `BROADSHEET_ROOT` /);
  });

  test('an unreadable settings file does not hide the environment\'s problems', () => {
    assert.deepEqual(problems({ BROADSHEET_ROOT: root, BROADSHEET_SITE: 'nowhere.json', BUILD_TIME: 'soon' }).map((p) => p.split(':')[0]), ['nowhere.json', 'environment']);
  });
});

describe('warnings come back with the options', () => {
  test('unknown settings are warnings in BuildOptions.warnings, and the build goes on', () => {
    const typo = siteFolder('typo', JSON.stringify({ titel: 'x', images: { widht: [640] } }));
    const options = buildOptionsFromEnv({ BROADSHEET_ROOT: typo, BROADSHEET_SITE: path.join(typo, 'site.json') }, work);
    assert.deepEqual(options.warnings.map((w) => w.field), ['titel', 'images.widht']);
    assert.match(formatProblem(options.warnings[0]!), /site\.json: `titel` is not a setting, so it is ignored; did you mean `title`\?/);
  });

  test('none for clean settings', () => {
    assert.deepEqual(buildOptionsFromEnv(env(), work).warnings, []);
  });
});

// Issue #11: a Jekyll site's folder builds as it is.
describe('a Jekyll site folder', () => {
  test('needs no posts/ folder, and its _config.yml gives the settings, Jekyll\'s defaults beneath', () => {
    const jekyll = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-options-'));
    try {
      mkdirSync(path.join(jekyll, '_posts'));
      writeFileSync(path.join(jekyll, '_config.yml'), 'title: Old Blog\nurl: https://old.example/\nbaseurl: /blog\ntimezone: America/New_York\nexcerpt_separator: <!--more-->\ntheme: minima\n');
      const { site } = buildOptionsFromEnv({ BROADSHEET_ROOT: jekyll }, jekyll);
      assert.deepEqual(
        { title: site.title, url: site.url, pathPrefix: site.pathPrefix, timeZone: site.timeZone, permalink: site.permalink, excerptSeparator: site.excerptSeparator },
        { title: 'Old Blog', url: 'https://old.example', pathPrefix: '/blog/', timeZone: 'America/New_York', permalink: 'date', excerptSeparator: '<!--more-->' },
      );
    } finally {
      rmSync(jekyll, { recursive: true, force: true });
    }
  });

  test('a _config.yml that is not YAML is a problem naming it', () => {
    const jekyll = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-options-'));
    try {
      writeFileSync(path.join(jekyll, '_config.yml'), 'title: [unclosed\n');
      assert.throws(() => buildOptionsFromEnv({ BROADSHEET_ROOT: jekyll }, jekyll), /_config\.yml:\d+: is not valid YAML/);
    } finally {
      rmSync(jekyll, { recursive: true, force: true });
    }
  });
});

// Issue #12: a site folder can carry its own settings, as `npm run import` writes them.
describe('the root\'s broadsheet.json', () => {
  /** A site folder holding `files`, in a temp folder removed afterwards. */
  function withSite(files: Record<string, string>, run: (root: string) => void): void {
    const site = mkdtempSync(path.join(tmpdir(), 'broadsheet-site-file-'));
    try {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
        writeFileSync(path.join(site, file), text);
      }
      run(site);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }

  test('is read when BROADSHEET_SITE is unset, over Broadsheet\'s defaults rather than the sample site', () => {
    withSite({ 'posts/.keep': '', 'broadsheet.json': JSON.stringify({ title: 'Own Settings', pageSize: 3 }) }, (site) => {
      const options = buildOptionsFromEnv({ BROADSHEET_ROOT: site }, work);
      assert.deepEqual({ title: options.site.title, pageSize: options.site.pageSize, timeZone: options.site.timeZone, authors: options.site.authors }, { title: 'Own Settings', pageSize: 3, timeZone: 'UTC', authors: {} });
    });
  });

  test('BROADSHEET_SITE wins when set: broadsheet.json is not read at all', () => {
    withSite({ 'posts/.keep': '', 'broadsheet.json': '{ not json', 'other.json': JSON.stringify({ title: 'Named' }) }, (site) => {
      assert.equal(buildOptionsFromEnv({ BROADSHEET_ROOT: site, BROADSHEET_SITE: path.join(site, 'other.json') }, work).site.title, 'Named');
    });
  });

  test('in a Jekyll site it goes over _config.yml, key by key', () => {
    withSite({ '_posts/.keep': '', '_config.yml': 'title: From Jekyll\ntimezone: Asia/Kathmandu\npermalink: pretty\n', 'broadsheet.json': JSON.stringify({ title: 'From broadsheet.json' }) }, (site) => {
      const { site: settings } = buildOptionsFromEnv({ BROADSHEET_ROOT: site }, work);
      assert.deepEqual([settings.title, settings.timeZone, settings.permalink], ['From broadsheet.json', 'Asia/Kathmandu', 'pretty']);
    });
  });

  test('without _config.yml, an imported site keeps Jekyll\'s default permalink beneath it', () => {
    withSite({ '_posts/.gitkeep': '', 'broadsheet.json': JSON.stringify({ title: 'Imported' }) }, (site) => {
      assert.equal(buildOptionsFromEnv({ BROADSHEET_ROOT: site }, work).site.permalink, 'date');
    });
  });

  test('invalid JSON is named broadsheet.json, with its line, and no advice about BROADSHEET_SITE', () => {
    withSite({ 'posts/.keep': '', 'broadsheet.json': '{\n  "title": "x",\n  "pageSize": }\n' }, (site) => {
      assert.deepEqual(problems({ BROADSHEET_ROOT: site }), [
        'broadsheet.json:3: is not valid JSON: Unexpected token \'}\' at line 3, column 15 (position 32). Fix the JSON there (a missing comma or quote, or a comma before `}`, is the usual cause).',
      ]);
    });
  });

  test('a setting\'s problem names broadsheet.json and the setting', () => {
    withSite({ 'posts/.keep': '', 'broadsheet.json': JSON.stringify({ pageSize: 0 }) }, (site) => {
      assert.match(problems({ BROADSHEET_ROOT: site })[0] ?? '', /^broadsheet\.json: `pageSize` /);
    });
  });

  test('a folder of that name is a problem, not silently skipped', () => {
    withSite({ 'posts/.keep': '', 'broadsheet.json/x': '' }, (site) => {
      assert.deepEqual(problems({ BROADSHEET_ROOT: site }), [`broadsheet.json: is a folder, not the JSON file of the site's settings. Move it away: ${path.join(site, 'broadsheet.json')} must be the site's settings file.`]);
    });
  });

  test('a link out of the site is refused, as every file of the site is (issue #10)', () => {
    withSite({ 'posts/.keep': '' }, (site) => {
      const outside = path.join(work, 'outside-settings.json');
      writeFileSync(outside, JSON.stringify({ title: 'Outside' }));
      symlinkSync(outside, path.join(site, 'broadsheet.json'));
      assert.match(problems({ BROADSHEET_ROOT: site })[0] ?? '', /^broadsheet\.json: leads through a symbolic link to .*outside-settings\.json, outside the site folder /);
    });
  });
});
