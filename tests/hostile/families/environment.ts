import type { HostileCase } from '../case.ts';

const env = (name: string, variables: Record<string, string>, says: string[]): HostileCase => ({ name, family: 'environment', env: variables, expect: { exit: 1, says } });

export const environmentCases: HostileCase[] = [
  env('SITE_URL that is not a URL is refused', { SITE_URL: 'foo' }, ['SITE_URL']),
  env('SITE_URL with a path is refused', { SITE_URL: 'https://x.example/news' }, ['SITE_URL']),
  env('SITE_URL with a quote and markup is refused', { SITE_URL: 'https://x.example"><script>alert(1)</script>' }, ['SITE_URL']),
  env('SITE_URL with a space is refused', { SITE_URL: 'https://x .example' }, ['SITE_URL']),
  env('SITE_URL with credentials is refused', { SITE_URL: 'https://user:pass@x.example' }, ['SITE_URL']),
  env('PATH_PREFIX with .. is refused', { PATH_PREFIX: '/../' }, ['PATH_PREFIX']),
  env('PATH_PREFIX with a newline is refused (it once wrote a rule into _headers)', { PATH_PREFIX: '/news/\n/*\n  X-Evil: 1' }, ['PATH_PREFIX']),
  env('PATH_PREFIX with a quote is refused', { PATH_PREFIX: '/a"onmouseover="x/' }, ['PATH_PREFIX']),
  env('SITE_TIME_ZONE that is no zone is refused', { SITE_TIME_ZONE: 'Nowhere/Town' }, ['SITE_TIME_ZONE']),
  env('BUILD_TIME 0 is refused, not read as the year 2000', { BUILD_TIME: '0' }, ['BUILD_TIME']),
  env('BUILD_TIME in words is refused', { BUILD_TIME: 'yesterday' }, ['BUILD_TIME']),
  env('BUILD_TIME without a time and zone is refused', { BUILD_TIME: '2025-10-09' }, ['BUILD_TIME']),
  env('a BROADSHEET_ROOT that does not exist is refused', { BROADSHEET_ROOT: '{site}/missing' }, ['BROADSHEET_ROOT', 'missing']),
  env('a BROADSHEET_SITE file that does not exist is refused', { BROADSHEET_SITE: '{site}/nope.json' }, ['nope.json', 'BROADSHEET_SITE']),
  { name: 'a site without a posts/ folder is refused, not built empty', family: 'environment', remove: ['posts'], expect: { exit: 1, says: ['posts'] } },
  { name: 'environment and settings problems are reported together', family: 'environment', env: { SITE_URL: 'foo', BUILD_TIME: 'x' }, settings: { pageSize: 0 }, expect: { exit: 1, says: ['SITE_URL', 'BUILD_TIME', '`pageSize`'] } },
  { name: 'a good BUILD_TIME with an offset builds', family: 'environment', env: { BUILD_TIME: '2026-01-01T09:00:00.123+09:00' }, expect: { exit: 0 } },
];
