/**
 * `node --import tsx src/cli/sample-images.ts`: draws the sample site's photos and author portraits and writes them
 * to `assets/images/<md5>.jpg`, printing `name  path` for each.
 *
 * Every shape, colour and grain value comes from a PRNG seeded by the image's name, so the same sharp/libvips build
 * writes the same bytes (and so the same file names) on every run. Scenes are SVG (rasterized by sharp), then
 * blurred, grained in a raw pixel buffer and blurred again, which is what makes flat vector shapes read as photos.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

type Rng = () => number;
type SceneName = 'hills' | 'field' | 'skyline' | 'sea' | 'port' | 'bokeh' | 'portrait';

interface Palette {
  readonly skyTop: string;
  readonly skyLow: string;
  readonly sun: string;
  /** Far to near. */
  readonly land: readonly [string, string, string];
  readonly accent: string;
}

interface Sample {
  readonly name: string;
  readonly scene: SceneName;
  readonly palette: Palette;
}

const palettes = {
  dawn: { skyTop: '#3d5a80', skyLow: '#f4b183', sun: '#ffe5b4', land: ['#8a7f8d', '#4f5d6b', '#27323d'], accent: '#ffd27f' },
  noon: { skyTop: '#3a78c2', skyLow: '#bcd9f0', sun: '#fffbe8', land: ['#8fae9a', '#5a7f4f', '#2f4a2a'], accent: '#f2f2f2' },
  dusk: { skyTop: '#1f2a4d', skyLow: '#e0775a', sun: '#ffc48a', land: ['#5b4b66', '#35304a', '#17172a'], accent: '#ffcc66' },
  night: { skyTop: '#070b1c', skyLow: '#2b3a67', sun: '#d8e4ff', land: ['#232c4a', '#161c33', '#0a0d1a'], accent: '#ffd37a' },
  overcast: { skyTop: '#6f7a85', skyLow: '#c9cfd4', sun: '#f4f4f0', land: ['#8c948f', '#5f6b63', '#38413b'], accent: '#e8e2c9' },
  golden: { skyTop: '#5b8fc9', skyLow: '#f6d9a0', sun: '#fff1c9', land: ['#c9a66b', '#b08a45', '#6e5326'], accent: '#f3c15a' },
  lab: { skyTop: '#04151f', skyLow: '#0f4c5c', sun: '#9be7ff', land: ['#1b6f87', '#2a9d8f', '#e9c46a'], accent: '#f4a261' },
  violet: { skyTop: '#140b2e', skyLow: '#3f2a73', sun: '#f7b2ff', land: ['#7a5cc7', '#c86fc9', '#ffb86b'], accent: '#7ee0ff' },
  studio: { skyTop: '#5c6b73', skyLow: '#9db4c0', sun: '#e0fbfc', land: ['#c8a08a', '#3b3b4f', '#26262f'], accent: '#3a2e2a' },
  warm: { skyTop: '#7a5c48', skyLow: '#d8b79a', sun: '#fff0dd', land: ['#8d5b3e', '#2e4a62', '#1f2e3b'], accent: '#1c1410' },
} satisfies Record<string, Palette>;

/** The sample posts' photos (named for their post), the extra photo used inside a story body, and the authors. */
const samples: readonly Sample[] = [
  { name: 'fibre-rollout', scene: 'skyline', palette: palettes.night },
  { name: 'grid-battery-record', scene: 'hills', palette: palettes.noon },
  { name: 'port-volumes', scene: 'port', palette: palettes.overcast },
  { name: 'coral-survey', scene: 'sea', palette: palettes.noon },
  { name: 'regional-elections', scene: 'skyline', palette: palettes.dawn },
  { name: 'chip-packaging-plant', scene: 'bokeh', palette: palettes.lab },
  { name: 'central-bank-rates', scene: 'skyline', palette: palettes.dusk },
  { name: 'drought-river-shipping', scene: 'field', palette: palettes.golden },
  { name: 'weather-model', scene: 'sea', palette: palettes.overcast },
  { name: 'weather-model-body', scene: 'hills', palette: palettes.dusk },
  { name: 'startup-funding', scene: 'bokeh', palette: palettes.violet },
  { name: 'satellite-licence', scene: 'hills', palette: palettes.night },
  { name: 'ceasefire-talks', scene: 'sea', palette: palettes.dawn },
  { name: 'wheat-harvest', scene: 'field', palette: palettes.noon },
  { name: 'avatar-badely', scene: 'portrait', palette: palettes.studio },
  { name: 'avatar-mokafor', scene: 'portrait', palette: { ...palettes.warm, land: ['#5a3a28', '#7b2d26', '#3a1c17'] } },
  { name: 'avatar-lchen', scene: 'portrait', palette: { ...palettes.noon, land: ['#e0b896', '#2d6a4f', '#1b4332'], accent: '#1a1a1a' } },
  { name: 'avatar-rsantos', scene: 'portrait', palette: { ...palettes.dusk, land: ['#b07a5a', '#264653', '#1d3557'], accent: '#2b1b17' } },
];

/** mulberry32: tiny, fast and good enough for shapes and grain. */
function seededRng(name: string): Rng {
  let state = createHash('md5').update(name).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, low: number, high: number): number => low + rng() * (high - low);
const round = (n: number): number => Math.round(n * 10) / 10;

function sky(w: number, h: number, p: Palette, sunX: number, sunY: number, sunR: number): string {
  return `<defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyLow}"/></linearGradient>
    <radialGradient id="sun"><stop offset="0" stop-color="${p.sun}" stop-opacity="1"/><stop offset="0.1" stop-color="${p.sun}" stop-opacity="0.95"/><stop offset="0.3" stop-color="${p.sun}" stop-opacity="0.3"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/></radialGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <circle cx="${round(sunX)}" cy="${round(sunY)}" r="${round(sunR)}" fill="url(#sun)"/>`;
}

/** A smooth ridge line across the frame, closed down to the bottom edge. */
function ridge(rng: Rng, w: number, h: number, base: number, amplitude: number): string {
  const step = w / 8;
  const ys = Array.from({ length: 10 }, () => base + between(rng, -amplitude, amplitude));
  let d = `M0,${h} L0,${round(ys[0] ?? base)}`;
  for (let i = 1; i < ys.length; i++) {
    const x0 = (i - 1) * step;
    const x1 = i * step;
    d += ` C${round(x0 + step / 2)},${round(ys[i - 1] ?? base)} ${round(x1 - step / 2)},${round(ys[i] ?? base)} ${round(x1)},${round(ys[i] ?? base)}`;
  }
  return `${d} L${w},${h} Z`;
}

function hills(rng: Rng, w: number, h: number, p: Palette): string {
  const horizon = h * between(rng, 0.45, 0.6);
  let svg = sky(w, h, p, between(rng, 0.2, 0.8) * w, horizon - h * 0.08, h * 0.4);
  p.land.forEach((colour, i) => {
    svg += `<path d="${ridge(rng, w, h, horizon + i * h * 0.12, h * (0.09 - i * 0.02))}" fill="${colour}" opacity="${0.85 + i * 0.05}"/>`;
  });
  return svg;
}

function field(rng: Rng, w: number, h: number, p: Palette): string {
  const horizon = h * between(rng, 0.42, 0.52);
  const vanishX = between(rng, 0.3, 0.7) * w;
  let svg = sky(w, h, p, vanishX + between(rng, -300, 300), horizon - h * 0.15, h * 0.6);
  svg += `<path d="${ridge(rng, w, h, horizon - 12, 14)}" fill="${p.land[0]}"/>`;
  svg += `<rect y="${round(horizon)}" width="${w}" height="${round(h - horizon)}" fill="${p.land[1]}"/>`;
  for (let x = -w; x <= 2 * w; x += 70) {
    svg += `<line x1="${round(vanishX)}" y1="${round(horizon)}" x2="${x}" y2="${h}" stroke="${p.land[2]}" stroke-width="${round(between(rng, 6, 14))}" opacity="0.45"/>`;
  }
  for (let i = 0; i < 3; i++) {
    const x = between(rng, 0.05, 0.95) * w;
    const r = between(rng, 20, 45);
    svg += `<rect x="${round(x - 4)}" y="${round(horizon - r)}" width="8" height="${round(r + 6)}" fill="${p.land[2]}"/><circle cx="${round(x)}" cy="${round(horizon - r * 1.4)}" r="${round(r)}" fill="${p.land[2]}" opacity="0.9"/>`;
  }
  return svg;
}

function buildings(rng: Rng, w: number, base: number, tallest: number, colour: string, windows: string | undefined): string {
  let svg = '';
  for (let x = between(rng, -60, 0); x < w; ) {
    const bw = between(rng, 50, 140);
    const bh = between(rng, 0.25, 1) * tallest;
    svg += `<rect x="${round(x)}" y="${round(base - bh)}" width="${round(bw)}" height="${round(bh + 2)}" fill="${colour}"/>`;
    if (windows !== undefined) {
      for (let wy = base - bh + 14; wy < base - 16; wy += 22) {
        for (let wx = x + 10; wx < x + bw - 14; wx += 18) {
          if (rng() < 0.35) svg += `<rect x="${round(wx)}" y="${round(wy)}" width="8" height="11" fill="${windows}" opacity="${round(between(rng, 0.4, 0.95))}"/>`;
        }
      }
    }
    x += bw + between(rng, 0, 12);
  }
  return svg;
}

function skyline(rng: Rng, w: number, h: number, p: Palette): string {
  const base = h * 0.82;
  let svg = sky(w, h, p, between(rng, 0.15, 0.85) * w, h * between(rng, 0.45, 0.65), h * 0.55);
  svg += buildings(rng, w, base - 40, h * 0.55, p.land[0], undefined);
  svg += buildings(rng, w, base - 15, h * 0.45, p.land[1], undefined);
  svg += buildings(rng, w, base, h * 0.38, p.land[2], p.accent);
  svg += `<rect y="${round(base)}" width="${w}" height="${round(h - base)}" fill="${p.land[2]}"/>`;
  return svg;
}

function water(rng: Rng, w: number, h: number, p: Palette, horizon: number, sunX: number): string {
  let svg = `<defs><linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyLow}"/><stop offset="1" stop-color="${p.land[2]}"/></linearGradient></defs>`;
  svg += `<rect y="${round(horizon)}" width="${w}" height="${round(h - horizon)}" fill="url(#water)"/>`;
  for (let i = 0; i < 160; i++) {
    const y = horizon + Math.pow(rng(), 1.6) * (h - horizon);
    const near = (y - horizon) / (h - horizon);
    const glint = rng() < 0.5;
    const x = glint ? sunX + between(rng, -1, 1) * (40 + near * 220) : between(rng, 0, w);
    svg += `<rect x="${round(x - 60 * (0.3 + near))}" y="${round(y)}" width="${round(between(rng, 40, 200) * (0.3 + near))}" height="${round(1 + near * 5)}" fill="${glint ? p.sun : p.land[1]}" opacity="${round(between(rng, 0.15, 0.5))}"/>`;
  }
  return svg;
}

function sea(rng: Rng, w: number, h: number, p: Palette): string {
  const horizon = h * between(rng, 0.48, 0.58);
  const sunX = between(rng, 0.25, 0.75) * w;
  let svg = sky(w, h, p, sunX, horizon - h * 0.1, h * 0.45);
  svg += `<path d="${ridge(rng, w * 0.45, horizon + 2, horizon - 18, 10)}" fill="${p.land[0]}" opacity="0.8"/>`;
  return svg + water(rng, w, h, p, horizon, sunX);
}

function port(rng: Rng, w: number, h: number, p: Palette): string {
  const horizon = h * 0.5;
  const quay = h * 0.7;
  let svg = sky(w, h, p, w * 0.7, horizon - 80, h * 0.4) + water(rng, w, h, p, horizon, w * 0.7);
  svg += `<rect y="${round(quay)}" width="${w}" height="${round(h - quay)}" fill="${p.land[2]}"/>`;
  const boxes = ['#a23b2a', '#1f5f8b', '#2f7d4f', '#c27c2c', '#6b6f73'];
  for (let x = 20; x < w - 120; x += between(rng, 130, 190)) {
    const stack = Math.floor(between(rng, 1, 5));
    for (let s = 0; s < stack; s++) {
      svg += `<rect x="${round(x)}" y="${round(quay - (s + 1) * 42)}" width="120" height="40" fill="${boxes[Math.floor(rng() * boxes.length)]}" stroke="#111" stroke-opacity="0.35" stroke-width="2"/>`;
    }
  }
  for (const x of [between(rng, 100, 500), between(rng, 900, 1400)]) {
    const top = quay - h * 0.45;
    svg += `<g fill="${p.land[1]}"><rect x="${round(x)}" y="${round(top)}" width="14" height="${round(quay - top)}"/><rect x="${round(x + 110)}" y="${round(top)}" width="14" height="${round(quay - top)}"/><rect x="${round(x - 160)}" y="${round(top)}" width="420" height="16"/></g>`;
  }
  return svg;
}

function bokeh(rng: Rng, w: number, h: number, p: Palette): string {
  const colours = [...p.land, p.accent, p.sun];
  let svg = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyLow}"/></linearGradient>`;
  colours.forEach((c, i) => {
    svg += `<radialGradient id="b${i}"><stop offset="0" stop-color="${c}" stop-opacity="0.55"/><stop offset="0.85" stop-color="${c}" stop-opacity="0.3"/><stop offset="1" stop-color="${c}" stop-opacity="0.05"/></radialGradient>`;
  });
  svg += `<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/></radialGradient></defs>`;
  svg += `<rect width="${w}" height="${h}" fill="url(#bg)"/>`;
  svg += `<polygon points="${round(w * 0.2)},0 ${round(w * 0.45)},0 ${round(w * 0.9)},${h} ${round(w * 0.55)},${h}" fill="${p.sun}" opacity="0.08"/>`;
  for (let i = 0; i < 70; i++) {
    const r = Math.pow(rng(), 2) * 150 + 12;
    svg += `<circle cx="${round(rng() * w)}" cy="${round(rng() * h)}" r="${round(r)}" fill="url(#b${Math.floor(rng() * colours.length)})"/>`;
  }
  return svg;
}

/** An out-of-focus head-and-shoulders: enough to read as a byline photo, with no one's face in it. */
function portrait(rng: Rng, w: number, h: number, p: Palette): string {
  const [skin, clothes] = p.land;
  const cx = w * between(rng, 0.46, 0.54);
  let svg = bokeh(rng, w, h, { ...p, land: [p.skyLow, p.sun, p.skyTop], accent: p.skyLow });
  svg += `<ellipse cx="${round(cx)}" cy="${round(h * 0.38)}" rx="${round(w * between(rng, 0.16, 0.19))}" ry="${round(h * between(rng, 0.19, 0.24))}" fill="${p.accent}"/>`;
  svg += `<rect x="${round(cx - w * 0.055)}" y="${round(h * 0.55)}" width="${round(w * 0.11)}" height="${round(h * 0.2)}" fill="${skin}"/>`;
  svg += `<rect x="${round(cx - w * 0.055)}" y="${round(h * 0.55)}" width="${round(w * 0.11)}" height="${round(h * 0.2)}" fill="#000" opacity="0.3"/>`;
  svg += `<path d="M${round(cx - w * 0.42)},${h} C${round(cx - w * 0.4)},${round(h * 0.78)} ${round(cx - w * 0.2)},${round(h * 0.72)} ${round(cx)},${round(h * 0.71)} C${round(cx + w * 0.2)},${round(h * 0.72)} ${round(cx + w * 0.4)},${round(h * 0.78)} ${round(cx + w * 0.42)},${h} Z" fill="${clothes}"/>`;
  svg += `<ellipse cx="${round(cx)}" cy="${round(h * 0.45)}" rx="${round(w * 0.135)}" ry="${round(h * 0.175)}" fill="${skin}"/>`;
  return svg;
}

const scenes: Record<SceneName, (rng: Rng, w: number, h: number, p: Palette) => string> = { hills, field, skyline, sea, port, bokeh, portrait };

/** Adds luminance grain (a sum of uniforms: roughly Gaussian) to an RGB buffer, in place. */
function addGrain(pixels: Buffer, rng: Rng, strength: number): void {
  for (let i = 0; i < pixels.length; i += 3) {
    const grain = (rng() + rng() + rng() - 1.5) * strength;
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, Math.round((pixels[i + c] ?? 0) + grain)));
  }
}

async function renderSample(sample: Sample): Promise<Buffer> {
  const [w, h] = sample.scene === 'portrait' ? [400, 400] : [1600, 1000];
  const rng = seededRng(sample.name);
  const body = scenes[sample.scene](rng, w, h, sample.palette);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}<rect width="${w}" height="${h}" fill="url(#vignette)"/></svg>`;
  const softness = sample.scene === 'portrait' ? 5 : 1.4;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().blur(softness).raw().toBuffer({ resolveWithObject: true });
  addGrain(data, rng, 14);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 80 })
    .toBuffer();
}

async function main(): Promise<void> {
  const root = path.resolve(process.env['BROADSHEET_ROOT'] ?? '.');
  const dir = path.join(root, 'assets/images');
  await mkdir(dir, { recursive: true });
  for (const sample of samples) {
    const bytes = await renderSample(sample);
    const file = `assets/images/${createHash('md5').update(bytes).digest('hex')}.jpg`;
    await writeFile(path.join(root, file), bytes);
    console.log(`${sample.name.padEnd(24)} ${file}  ${Math.round(bytes.length / 1024)} KB`);
  }
}

await main();
