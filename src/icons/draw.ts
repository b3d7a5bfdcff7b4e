/**
 * Execution (issue #13): the icons' only sharp import. Every icon is drawn from the one decode of the source that
 * the image pipeline makes (src/images/pipeline.ts `decode`: oriented, sRGB, first frame, within `images.maxPixels`),
 * fitted whole into its square, never cropped. PNGs are lossless: at 16 pixels quantization shows, and the files
 * are few and small.
 */
import sharp, { type Sharp } from 'sharp';
import type { Decoded } from '../images/pipeline.ts';
import { icoFile } from './ico.ts';
import { expandHex, faviconFile, faviconRecipes, type IconRecipe, pngRecipes } from './plan.ts';

const clear = { r: 0, g: 0, b: 0, alpha: 0 };

/**
 * The decoded pixels as they are. Unlike the pipeline's variants, an alpha channel that is opaque everywhere is kept:
 * sharp removes alpha after it embeds, so it would turn the transparent space beside a non-square source black.
 */
function pixels(decoded: Decoded): Sharp {
  return sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: decoded.channels } });
}

/** One square PNG: the source fitted inside the recipe's margin, on `background` or on nothing. */
export async function drawIcon(decoded: Decoded, recipe: IconRecipe, background: string): Promise<Buffer> {
  const fill = recipe.backdrop === 'opaque' ? expandHex(background) : clear;
  const inner = recipe.size - 2 * recipe.margin;
  let image = pixels(decoded).resize(inner, inner, { fit: 'contain', background: fill });
  if (recipe.margin > 0) image = image.extend({ top: recipe.margin, bottom: recipe.margin, left: recipe.margin, right: recipe.margin, background: fill });
  if (recipe.backdrop === 'opaque') image = image.flatten({ background: fill });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/** Every image file of the set, by file name: favicon.ico and the PNGs of `pngRecipes`. */
export async function drawIconSet(decoded: Decoded, background: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const favicons = await Promise.all(faviconRecipes().map(async (recipe) => ({ size: recipe.size, png: await drawIcon(decoded, recipe, background) })));
  files.set(faviconFile, icoFile(favicons));
  const pngs = await Promise.all(pngRecipes().map(async (recipe) => [recipe.fileName, await drawIcon(decoded, recipe, background)] as const));
  for (const [name, png] of pngs) files.set(name, png);
  return files;
}
