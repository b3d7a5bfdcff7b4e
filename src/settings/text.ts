/**
 * Text settings that end up in HTML, XML feeds and sitemaps. XML 1.0 refuses most control characters and lone
 * surrogates outright (a feed with one does not parse), so they are refused here, with the field named.
 */
import { describeValue } from '../errors.ts';
import type { Complaint } from './url-rules.ts';

// eslint-disable-next-line no-control-regex
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface TextRule {
  /** Only the type is checked here: the setting has stricter rules of its own (`url`, `language`, …). */
  readonly typeOnly?: boolean;
  /** Empty (or white space only) is refused. */
  readonly required?: boolean;
  /** With `required`: only the empty string is refused (the excerpt separator is a blank line by default). */
  readonly blankAllowed?: boolean;
  /** Line breaks are refused (names, titles, labels). */
  readonly oneLine?: boolean;
}

export function textComplaint(value: unknown, rule: TextRule = {}): Complaint | undefined {
  if (typeof value !== 'string') return { message: `must be text; found ${describeValue(value)}.`, fix: 'Set it to a quoted string.' };
  if (rule.typeOnly === true) return undefined;
  if (rule.required === true && (rule.blankAllowed === true ? value : value.trim()) === '') return { message: `must not be empty; found ${JSON.stringify(value)}.`, fix: 'Write the text.' };
  if (notInXml.test(value)) {
    return { message: `must not contain control characters or broken Unicode, which XML feeds cannot carry; found ${JSON.stringify(value)}.`, fix: 'Remove them (they are invisible: retype the text).' };
  }
  if (rule.oneLine === true && /[\n\r\t]/.test(value)) {
    return { message: `must be one line; found ${JSON.stringify(value)}.`, fix: 'Remove the line breaks and tabs.' };
  }
  return undefined;
}
