/**
 * The `navigation` setting (issue #13): the masthead's links in the owner's order, footer links and social
 * profiles. Every problem named by its path (`navigation.footer[1].url`).
 */
import { describeValue, type Problem } from '../errors.ts';
import { textComplaint } from './text.ts';
import { type Complaint, profileLinkComplaint } from './url-rules.ts';
import { isPlainObject } from './plain-object.ts';

/** A menu link: a path on the site (`/about/`, given the path prefix when published) or an absolute http(s)/mailto URL. */
export function menuLinkComplaint(value: unknown): Complaint | undefined {
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f<>"'`\\]/.test(value) || value.split('/').includes('..')) {
      return { message: `must be a plain path on the site, with no spaces, quotes, \`<\`, \`>\`, backslashes or ".." segments; found ${JSON.stringify(value)}.`, fix: 'Write it like "/about/".' };
    }
    return undefined;
  }
  const complaint = profileLinkComplaint(value);
  return complaint === undefined ? undefined : { ...complaint, message: complaint.message.replace('must be an absolute http(s) or mailto: URL', 'must be a path on the site ("/about/") or an absolute http(s) or mailto: URL'), fix: 'Write it like "/about/" or "https://example.com".' };
}

export function checkNavigation(value: unknown, source: string): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, complaint: Complaint | undefined): void => {
    if (complaint !== undefined) problems.push({ file: source, field, ...complaint });
  };
  if (!isPlainObject(value)) {
    report('navigation', { message: `must be { masthead, footer, social }; found ${describeValue(value)}.`, fix: 'Write e.g. { "masthead": ["Business", { "label": "About", "url": "/about/" }], "footer": [], "social": [] }.' });
    return problems;
  }
  const links = (field: string, list: unknown, allowSections: boolean): void => {
    if (list === undefined && field === 'navigation.masthead') return;
    if (!Array.isArray(list)) {
      report(field, { message: `must be a list${allowSections ? ' of section names and { label, url }' : ' of { label, url }'}; found ${describeValue(list)}.`, fix: allowSections ? 'Write e.g. ["Business", "World", { "label": "About", "url": "/about/" }].' : 'Write e.g. [{ "label": "About", "url": "/about/" }].' });
      return;
    }
    list.forEach((item: unknown, i) => {
      const at = `${field}[${i}]`;
      if (allowSections && typeof item === 'string') {
        report(at, textComplaint(item, { required: true, oneLine: true }));
        return;
      }
      if (!isPlainObject(item)) {
        report(at, { message: `must be ${allowSections ? 'a section name or ' : ''}{ label, url }; found ${describeValue(item)}.`, fix: 'Write it like { "label": "About", "url": "/about/" }.' });
        return;
      }
      report(`${at}.label`, textComplaint(item['label'], { required: true, oneLine: true }));
      report(`${at}.url`, menuLinkComplaint(item['url']));
    });
  };
  links('navigation.masthead', value['masthead'], true);
  links('navigation.footer', value['footer'], false);
  links('navigation.social', value['social'], false);
  return problems;
}
