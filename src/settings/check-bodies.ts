/**
 * The `bodies` setting (issue #10): whether story HTML is sanitised, whose iframes a sanitised body keeps, and
 * whether Liquid runs over bodies (issue #12).
 */
import { describeValue, type Problem } from '../errors.ts';
import { hostNameComplaint } from './url-rules.ts';

export function checkBodySettings(value: unknown, source: string): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ file: source, field: 'bodies', message: `must be { sanitize, embedHosts, liquid }; found ${describeValue(value)}.`, fix: 'Write e.g. { "sanitize": true, "embedHosts": ["www.youtube-nocookie.com"] }.' }];
  }
  const { sanitize, embedHosts, liquid } = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof sanitize !== 'boolean') {
    problems.push({ file: source, field: 'bodies.sanitize', message: `must be true or false; found ${describeValue(sanitize)}.`, fix: 'Write `true` when authors are not trusted with raw HTML, `false` when they are.' });
  }
  if (typeof liquid !== 'boolean') {
    problems.push({ file: source, field: 'bodies.liquid', message: `must be true or false; found ${describeValue(liquid)}.`, fix: 'Write `false` to print Liquid in story bodies as written, `true` (the default) to run it as Jekyll does.' });
  }
  if (!Array.isArray(embedHosts)) {
    problems.push({ file: source, field: 'bodies.embedHosts', message: `must be a list of host names; found ${describeValue(embedHosts)}.`, fix: 'Write e.g. ["www.youtube-nocookie.com", "player.vimeo.com"], or [] for no iframes.' });
    return problems;
  }
  embedHosts.forEach((host: unknown, i) => {
    const complaint = hostNameComplaint(host);
    if (complaint !== undefined) problems.push({ file: source, field: `bodies.embedHosts[${i}]`, ...complaint });
  });
  return problems;
}
