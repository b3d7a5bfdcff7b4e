/** The `authors` setting: each author's name, bio, photo and profile links, every problem named by its path. */
import { describeValue, type Problem } from '../errors.ts';
import { textComplaint } from './text.ts';
import { type Complaint, profileLinkComplaint, sitePathComplaint } from './url-rules.ts';
import { isPlainObject } from './plain-object.ts';

export function checkAuthors(value: unknown, source: string): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, complaint: Complaint | undefined): void => {
    if (complaint !== undefined) problems.push({ file: source, field, ...complaint });
  };
  if (!isPlainObject(value)) {
    report('authors', { message: `must map author keys to { name, bio, avatar, links }; found ${describeValue(value)}.`, fix: 'See README, "Configure the site".' });
    return problems;
  }
  for (const [key, author] of Object.entries(value)) {
    const at = `authors.${key}`;
    if (!isPlainObject(author)) {
      report(at, { message: `must be { name, bio, avatar, links }; found ${describeValue(author)}.`, fix: `Write it like { "name": "Bea Adeley" }.` });
      continue;
    }
    const name = author['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      report(`${at}.name`, { message: `must be the author's display name; found ${describeValue(name)}.`, fix: `Add \`name: "…"\` to author ${key}.` });
    } else {
      report(`${at}.name`, textComplaint(name, { oneLine: true }));
    }
    if (author['bio'] !== undefined) report(`${at}.bio`, textComplaint(author['bio']));
    if (author['avatar'] !== undefined) report(`${at}.avatar`, sitePathComplaint(author['avatar']));
    const links = author['links'];
    if (links === undefined) continue;
    if (!Array.isArray(links)) {
      report(`${at}.links`, { message: `must be a list of { label, url }; found ${describeValue(links)}.`, fix: 'Write e.g. [{ "label": "Website", "url": "https://example.com" }].' });
      continue;
    }
    links.forEach((link: unknown, i) => {
      const linkAt = `${at}.links[${i}]`;
      if (!isPlainObject(link)) {
        report(linkAt, { message: `must be { label, url }; found ${describeValue(link)}.`, fix: 'Write it like { "label": "Website", "url": "https://example.com" }.' });
        return;
      }
      report(`${linkAt}.label`, textComplaint(link['label'], { required: true, oneLine: true }));
      report(`${linkAt}.url`, profileLinkComplaint(link['url']));
    });
  }
  return problems;
}
