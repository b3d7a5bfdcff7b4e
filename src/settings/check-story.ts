/**
 * The `story` setting (issue #15): the drop cap, the share links under a story and the Mastodon server they share
 * through; and `showTimeZone`, the zone after shown times.
 */
import { describeValue, type Problem } from '../errors.ts';
import { shareServices } from '../seo/share-links.ts';
import { isPlainObject } from './plain-object.ts';
import { hostNameComplaint } from './url-rules.ts';

const serviceList = shareServices.map((service) => JSON.stringify(service)).join(', ');

export function checkStorySettings(settings: Readonly<Record<string, unknown>>, source: string): Problem[] {
  const problems: Problem[] = [];
  if (typeof settings['showTimeZone'] !== 'boolean') {
    problems.push({ file: source, field: 'showTimeZone', message: `must be true or false; found ${describeValue(settings['showTimeZone'])}.`, fix: 'Write `true` to show "12:08 BST", `false` to show "12:08".' });
  }
  const value = settings['story'];
  if (!isPlainObject(value)) {
    problems.push({ file: source, field: 'story', message: `must be { dropCap, share, mastodonServer }; found ${describeValue(value)}.`, fix: 'Give only what changes, e.g. { "dropCap": true }.' });
    return problems;
  }
  const { dropCap, share, mastodonServer } = value;
  if (typeof dropCap !== 'boolean') {
    problems.push({ file: source, field: 'story.dropCap', message: `must be true or false; found ${describeValue(dropCap)}.`, fix: 'Write `true` for a large first letter on every story, `false` (the default) for none.' });
  }
  if (!Array.isArray(share)) {
    problems.push({ file: source, field: 'story.share', message: `must be a list of services; found ${describeValue(share)}.`, fix: `Write some of ${serviceList} in the order to show them, or [] for no share links.` });
  } else {
    share.forEach((service: unknown, i) => {
      if (!(shareServices as readonly unknown[]).includes(service)) {
        problems.push({ file: source, field: `story.share[${i}]`, message: `is not a service Broadsheet shares to; found ${describeValue(service)}.`, fix: `Use one of ${serviceList}.` });
      } else if (share.indexOf(service) !== i) {
        problems.push({ file: source, field: `story.share[${i}]`, message: `repeats ${JSON.stringify(service)}.`, fix: 'Name each service once.' });
      }
    });
  }
  const complaint = hostNameComplaint(mastodonServer);
  if (complaint !== undefined) problems.push({ file: source, field: 'story.mastodonServer', ...complaint });
  return problems;
}
