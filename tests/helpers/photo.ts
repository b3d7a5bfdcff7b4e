/** A drawn photo-like JPEG added to a fixture site under its md5 name, for pages that should look as readers see them. */
import { draw, md5 } from '../unit/images-fixtures.ts';
import type { FixtureSite } from './fixture-site.ts';

/** Writes the photo into the site's `assets/images/` and returns its file name (`<md5>.jpg`). */
export async function addDrawnPhoto(site: FixtureSite): Promise<string> {
  const photo = await draw.photo();
  const name = `${md5(photo)}.jpg`;
  site.write(`assets/images/${name}`, photo);
  return name;
}
