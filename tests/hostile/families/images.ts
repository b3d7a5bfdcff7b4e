import assert from 'node:assert/strict';
import { tinyJpegName } from '../../helpers/fixture-site.ts';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';
const leadImage = (name: string, image: string, says: string[]): HostileCase => ({ name, family: 'images', files: { [at]: story({ image }) }, expect: { exit: 1, says: [at, '`image`', ...says] } });

const svgScript = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10"/></a><foreignObject><iframe src="https://evil.example"></iframe></foreignObject></svg>';

/** An SVG that reached the output holds no script, handler, javascript: link or foreign HTML. */
function assertCleanSvg(text: string): void {
  assert.doesNotMatch(text, /<script|onload|javascript:|<iframe|foreignObject/i, text);
}

export const imageCases: HostileCase[] = [
  leadImage('a javascript: lead image is refused', '"javascript:alert(1)"', []),
  leadImage('a data: lead image is refused', '"data:image/svg+xml,<svg onload=alert(1)>"', []),
  leadImage('a lead image that climbs out of the site is refused', '"../../../etc/passwd"', ['".."']),
  leadImage('a vbscript: lead image is refused', '"vbscript:msgbox(1)"', []),
  leadImage('a protocol-relative lead image is refused', '"//evil.example/x.jpg"', []),
  {
    name: 'a lead image symlinked to a photo outside the site is refused naming the link',
    family: 'images',
    links: { 'assets/images/outside.jpg': '{outside}/secret.jpg' },
    files: { [at]: story({ image: 'assets/images/outside.jpg' }) },
    expect: { exit: 1, says: ['assets/images/outside.jpg', 'outside'] },
  },
  {
    name: 'the images folder symlinked outside the site publishes nothing from there',
    family: 'images',
    remove: ['assets/images'],
    links: { 'assets/images': '{outside}' },
    files: { [at]: story({ image: 'assets/images/secret.jpg' }) },
    expect: { exit: 1, says: ['assets/images', 'outside'] },
  },
  {
    name: 'an SVG with scripts that no post uses is published sanitised',
    family: 'images',
    files: { 'assets/images/logo.svg': svgScript },
    expect: { exit: 0, says: ['assets/images/logo.svg'], publishes: ['assets/images/logo.svg'], check: (site) => assertCleanSvg(site.read('assets/images/logo.svg')) },
  },
  {
    name: 'an SVG in a sub-folder is sanitised too',
    family: 'images',
    files: { 'assets/images/icons/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="alert(1)"/><animate attributeName="href" to="javascript:alert(1)"/><circle r="4"/></svg>' },
    expect: { exit: 0, check: (site) => {
      const file = site.files().find((f) => f.endsWith('x.svg'));
      assert.ok(file !== undefined, 'the SVG is published');
      assertCleanSvg(site.read(file));
      assert.doesNotMatch(site.read(file), /<set|<animate/i);
    } },
  },
  {
    name: 'an SVG symlinked outside the site is refused, never copied as a link',
    family: 'images',
    links: { 'assets/images/linked.svg': '{outside}/secret.svg' },
    expect: { exit: 1, says: ['assets/images/linked.svg', 'outside'] },
  },
  {
    name: 'a corrupt photo named by a post fails naming post and image',
    family: 'images',
    files: { 'assets/images/broken.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2, 3]), [at]: story({ image: 'assets/images/broken.jpg' }) },
    expect: { exit: 1, says: [at, 'assets/images/broken.jpg'] },
  },
  {
    name: 'a text file named .jpg fails naming post and image',
    family: 'images',
    files: { 'assets/images/text.jpg': 'not an image at all', [at]: story({ image: 'assets/images/text.jpg' }) },
    expect: { exit: 1, says: [at, 'assets/images/text.jpg'] },
  },
  {
    name: 'a photo over the pixel limit fails as a decompression bomb would',
    family: 'images',
    settings: { images: { maxPixels: 2 } },
    files: { [at]: story({ image: `assets/images/${tinyJpegName}` }) },
    expect: { exit: 1, says: [at, tinyJpegName] },
  },
  {
    name: 'a javascript: image in the body is not an image',
    family: 'images',
    files: { [at]: story({}, '![x](javascript:alert(1))\n\n![y](data:text/html;base64,PHNjcmlwdD4=)\n\n![z](vbscript:msgbox)') },
    expect: { exit: 0 },
  },
  {
    name: 'a body image that climbs out of the site is not read',
    family: 'images',
    files: { [at]: story({}, '![secret](/assets/images/../../../outside/secret.jpg)') },
    expect: { exit: 0 },
  },
];
