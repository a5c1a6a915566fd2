import type { AreaPeriod } from '@chung-tay/common';
import type { Context } from '../loaders';
import { asOfFor } from './area-figures.sql';
import type { FatherlandFrontAreaFigures } from './area-figures.types';

/** The Front's figures for one area: four per-request loaders, so many areas cost four statements a period. */
export async function frontAreaFigures(ctx: Context, area: AreaPeriod): Promise<FatherlandFrontAreaFigures> {
  const [fund, houses, sponsorship, { peopleInNeed, ...coverage }] = await Promise.all([
    ctx.loaders.areaFund.load(area),
    ctx.loaders.areaHouses.load(area),
    ctx.loaders.areaSponsorship.load(area),
    ctx.loaders.areaCoverage.load(area),
  ]);
  return {
    asOf: asOfFor(area.period),
    fund: { ...fund },
    houses: { ...houses },
    sponsorship: { peopleInNeed, ...sponsorship },
    coverage,
  };
}
