/**
 * Every check of a merged set of settings (issue #2, issue #10), as problems: nothing is thrown here, so the build
 * can report these with the environment's problems in one error. Groups are checked beside their types
 * (`checkImageSettings`, `checkFeedSettings`, `checkBodySettings`, `checkAuthors`, `checkIconSettings`).
 */
import { describeValue, type Problem } from '../errors.ts';
import { checkFeedSettings } from '../feeds/settings.ts';
import { checkImageSettings } from '../images/types.ts';
import { checkPermalinkPattern } from '../urls/permalinks.ts';
import { checkAuthors } from './check-authors.ts';
import { checkBodySettings } from './check-bodies.ts';
import { checkIconSettings } from './check-icon.ts';
import { checkNavigation } from './check-navigation.ts';
import { checkStorySettings } from './check-story.ts';
import { checkNewsWindows } from './check-windows.ts';
import { datePatternComplaint } from './date-patterns.ts';
import { checkLanguage } from './language.ts';
import { textComplaint, type TextRule } from './text.ts';
import { timeZoneComplaint } from './time-zone.ts';
import { type Complaint, originComplaint, pathPrefixComplaint, sitePathComplaint } from './url-rules.ts';
import { isPlainObject } from './plain-object.ts';

/** Keys whose values must be text, in the order they are checked, with what else their text must be. */
const textKeys: ReadonlyArray<readonly [string, TextRule]> = [
  ['categoryBase', { typeOnly: true }], ['tagBase', { typeOnly: true }], ['authorBase', { typeOnly: true }], ['title', { required: true, oneLine: true }],
  ['description', {}], ['url', { typeOnly: true }], ['pathPrefix', { typeOnly: true }], ['language', { typeOnly: true }], ['timeZone', { typeOnly: true }],
  ['permalink', { oneLine: true }], ['excerptSeparator', { required: true, blankAllowed: true }], ['dateFormat', { oneLine: true }], ['dayFormat', { oneLine: true }],
];
const baseKeys = ['categoryBase', 'tagBase', 'authorBase'] as const;

/** What is wrong with `settings` (the file's values, before the environment's overrides); `source` names the file. */
export function checkSettings(settings: Readonly<Record<string, unknown>>, source: string): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, complaint: Complaint | undefined): void => {
    if (complaint !== undefined) problems.push({ file: source, field, ...complaint });
  };
  const text = (key: string): string | undefined => (typeof settings[key] === 'string' ? (settings[key] as string) : undefined);

  for (const [key, rule] of textKeys) report(key, textComplaint(settings[key], rule));
  const timeZone = text('timeZone');
  if (timeZone !== undefined) report('timeZone', timeZoneComplaint(timeZone));
  const url = text('url');
  if (url !== undefined) report('url', originComplaint(url));
  const pathPrefix = text('pathPrefix');
  if (pathPrefix !== undefined) report('pathPrefix', pathPrefixComplaint(pathPrefix));
  const language = text('language');
  const languageCheck = language === undefined ? undefined : checkLanguage(language);
  if (languageCheck?.ok === false) report('language', languageCheck);

  problems.push(...checkImageSettings(settings['images'], source));
  problems.push(...checkFeedSettings(settings['feeds'], source));
  if (typeof settings['search'] !== 'boolean') {
    report('search', { message: `must be true or false; found ${describeValue(settings['search'])}.`, fix: 'Write `true` for a search page and box, `false` for none.' });
  }
  const permalink = text('permalink');
  const badPattern = permalink === undefined ? undefined : checkPermalinkPattern(permalink);
  if (badPattern !== undefined) report('permalink', { message: `${badPattern.reason}.`, fix: badPattern.fix });

  const count = (field: string, value: unknown, min: number, example: number): void => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      report(field, { message: `must be a whole number of at least ${min}; found ${describeValue(value)}.`, fix: `Set it to, say, ${example}.` });
    }
  };
  count('pageSize', settings['pageSize'], 1, 12);
  count('relatedCount', settings['relatedCount'], 0, 4);
  const front = settings['frontPage'];
  if (isPlainObject(front)) {
    count('frontPage.latest', front['latest'], 0, 6);
    count('frontPage.sections', front['sections'], 0, 6);
    count('frontPage.perSection', front['perSection'], 1, 3);
  } else {
    report('frontPage', { message: `must be { latest, sections, perSection }; found ${describeValue(front)}.`, fix: 'Give only the numbers to change, e.g. { "latest": 4 }.' });
  }

  for (const key of baseKeys) {
    const base = text(key);
    if (base !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(base)) {
      report(key, { message: `must be one URL segment of lower-case letters, digits and hyphens; found ${JSON.stringify(base)}.`, fix: 'Write it like "category".' });
    }
  }
  const [category, tag, author] = baseKeys.map(text);
  if (tag !== undefined && (tag === category || tag === author || category === author)) {
    report('tagBase', { message: 'must differ from categoryBase and authorBase, or their pages would share URLs.', fix: 'Use three different folder names.' });
  }
  for (const key of ['dateFormat', 'dayFormat'] as const) {
    const pattern = text(key);
    if (pattern !== undefined) report(key, datePatternComplaint(pattern));
  }
  problems.push(...checkAuthors(settings['authors'], source));
  if (settings['logo'] !== undefined) report('logo', sitePathComplaint(settings['logo']));
  problems.push(...checkIconSettings(settings, source));
  problems.push(...checkBodySettings(settings['bodies'], source));
  problems.push(...checkNavigation(settings['navigation'], source));
  problems.push(...checkStorySettings(settings, source));
  problems.push(...checkNewsWindows(settings, source));
  return problems;
}
