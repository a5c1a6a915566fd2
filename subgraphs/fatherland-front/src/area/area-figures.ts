import { EVERY_FIGURE, loadWanted, type AreaPeriod, type WantedFigures } from '@chung-tay/common';
import type { Context } from '../context';
import { asOfFor } from './area-figures.sql';
import type { FatherlandFrontAreaFigures } from './area-figures.types';

/**
 * The Front's figures for one area: four per-request loaders, so many areas cost four statements a period (fewer
 * when the query asks for fewer figure sets; the coverage statement also counts the sponsorship's people in need).
 */
export async function frontAreaFigures(
  ctx: Context,
  area: AreaPeriod,
  wanted: WantedFigures = EVERY_FIGURE,
): Promise<FatherlandFrontAreaFigures> {
  const [fund, houses, sponsorship, { peopleInNeed, ...coverage }] = await Promise.all([
    loadWanted(ctx.loaders.areaFund, area, wanted('fund')),
    loadWanted(ctx.loaders.areaHouses, area, wanted('houses')),
    loadWanted(ctx.loaders.areaSponsorship, area, wanted('sponsorship')),
    loadWanted(ctx.loaders.areaCoverage, area, wanted('coverage') || wanted('sponsorship.peopleInNeed')),
  ]);
  return {
    asOf: asOfFor(area.period),
    fund: { ...fund },
    houses: { ...houses },
    sponsorship: { peopleInNeed, ...sponsorship },
    coverage,
  };
}
