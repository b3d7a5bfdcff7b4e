/** SVGs are published only as DOMPurify's SVG profile leaves them (issue #10). */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { describeParseError, loadSvgSanitizer, type SanitizedSvg, type SvgSanitizer } from '../../src/images/svg.ts';

let sanitizer: SvgSanitizer;
before(async () => {
  sanitizer = await loadSvgSanitizer();
});

const ns = 'xmlns="http://www.w3.org/2000/svg"';
const clean = (result: SanitizedSvg): string => (result.ok ? result.svg : assert.fail(`refused: ${result.message}`));
const refusal = (result: SanitizedSvg): string => (result.ok ? assert.fail(`published: ${result.svg}`) : result.message);

describe('sanitising SVG', () => {
  test('a harmless drawing is published as it was drawn, and nothing is reported removed', () => {
    const result = sanitizer.sanitize(`<svg ${ns} viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/></svg>`);
    assert.deepEqual(result, {
      ok: true,
      svg: `<svg ${ns} viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/></svg>\n`,
      removed: [],
    });
  });

  test('scripts and event handlers are removed and named', () => {
    const result = sanitizer.sanitize(`<svg ${ns} onload="alert(1)"><script>alert(2)</script><circle r="4" onclick="alert(3)"/></svg>`);
    assert.deepEqual(result, { ok: true, svg: `<svg ${ns}><circle r="4"/></svg>\n`, removed: ['onload on <svg>', '<script>', 'onclick on <circle>'] });
  });

  test('javascript: links, foreignObject and animations that set attributes are removed', () => {
    const result = sanitizer.sanitize(
      `<svg ${ns} xmlns:xlink="http://www.w3.org/1999/xlink"><a href="javascript:alert(1)"><text>a</text></a><a xlink:href="https://example.com/">b</a><foreignObject><p>x</p></foreignObject><set attributeName="onclick" to="alert(1)"/></svg>`,
    );
    const svg = clean(result);
    assert.doesNotMatch(svg, /javascript|foreignObject|<set|onclick/);
    assert.match(svg, /<a xlink:href="https:\/\/example.com\/">b<\/a>/);
    assert.deepEqual(result.ok && result.removed, ['href on <a>', '<foreignObject>', '<set>']);
  });

  test('repeated removals are counted, not listed again and again', () => {
    const result = sanitizer.sanitize(`<svg ${ns}><script>1</script><script>2</script><rect width="1" height="1"/></svg>`);
    assert.deepEqual(result.ok && result.removed, ['<script> (2 times)']);
  });

  test('the XML declaration, DOCTYPE and comments go without a warning; CDATA styles keep their CSS', () => {
    const result = sanitizer.sanitize(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<!-- Generator: an editor -->\n<svg ${ns}><style><![CDATA[ .a { fill: red; } ]]></style><rect class="a" width="2" height="2"/></svg>`,
    );
    assert.deepEqual(result, { ok: true, svg: `<svg ${ns}><style> .a { fill: red; } </style><rect class="a" width="2" height="2"/></svg>\n`, removed: [] });
  });

  test('text is escaped for XML, so the published file parses (no HTML-only &nbsp;)', () => {
    assert.equal(clean(sanitizer.sanitize(`<svg ${ns}><text>A &amp; B\u00a0&lt;C&gt;</text></svg>`)), `<svg ${ns}><text>A &amp; B\u00a0&lt;C&gt;</text></svg>\n`);
  });

  test('a file that is not well-formed XML is refused with where the parser stopped', () => {
    assert.equal(refusal(sanitizer.sanitize(`<svg ${ns}><circle r="5"></svg>`)), 'is not well-formed XML (near line 1: unexpected close tag).');
  });

  test('an empty file is refused', () => {
    assert.equal(refusal(sanitizer.sanitize(' \n')), 'is empty.');
  });

  test('a root element that is not SVG is refused, naming what it is', () => {
    assert.equal(refusal(sanitizer.sanitize('<svg><circle r="1"/></svg>')), 'is not an SVG image: its root element must be <svg xmlns="http://www.w3.org/2000/svg">; found <svg> without xmlns="http://www.w3.org/2000/svg".');
    assert.match(refusal(sanitizer.sanitize('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')), /found <html> in the namespace http:\/\/www.w3.org\/1999\/xhtml\.$/);
  });

  test('DOCTYPE entities are refused rather than expanded (billion laughs)', () => {
    const laughs = `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg ${ns}><text>&b;</text></svg>`;
    assert.match(refusal(sanitizer.sanitize(laughs)), /declares XML entities in its DOCTYPE/);
  });

  test('a file with nothing left once the unsafe content is gone is refused, saying what was removed', () => {
    assert.equal(refusal(sanitizer.sanitize(`<svg ${ns}><script>alert(1)</script></svg>`)), 'has nothing left to show once its unsafe content is removed (<script>).');
  });

  test('one sanitizer serves many files: what was removed from one is not reported for the next', () => {
    sanitizer.sanitize(`<svg ${ns}><script>1</script><rect/></svg>`);
    assert.deepEqual(sanitizer.sanitize(`<svg ${ns}><rect/></svg>`), { ok: true, svg: `<svg ${ns}><rect/></svg>\n`, removed: [] });
  });

  test('parse errors read as a place and a reason', () => {
    assert.equal(describeParseError('7:0: text data outside of root node.'), 'near line 7: text data outside of root node');
    assert.equal(describeParseError('something else.'), 'something else');
  });
});
