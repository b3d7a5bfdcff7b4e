/** Every hostile input case of issue #10, by family; run by tests/integration/hostile.test.ts. */
import type { HostileCase } from './case.ts';
import { dateCases } from './families/dates.ts';
import { environmentCases } from './families/environment.ts';
import { fileSystemCases } from './families/file-system.ts';
import { frontMatterCases } from './families/front-matter.ts';
import { imageCases } from './families/images.ts';
import { liquidCases } from './families/liquid.ts';
import { markupCases } from './families/markup.ts';
import { scaleCases } from './families/scale.ts';
import { settingsCases } from './families/settings.ts';
import { termCases } from './families/terms.ts';
import { urlCases } from './families/urls.ts';

export const catalogue: readonly HostileCase[] = [
  ...frontMatterCases,
  ...dateCases,
  ...termCases,
  ...urlCases,
  ...imageCases,
  ...markupCases,
  ...settingsCases,
  ...environmentCases,
  ...fileSystemCases,
  ...liquidCases,
  ...scaleCases,
];
