import { createAreaReporting, type AreaPeriod } from '@chung-tay/common';
import { info } from '../info';
import type { Context } from '../loaders';
import { areaFigures, asOfDay } from './area-figures';
import { LabourUnionAreaFigures } from './area-figures.types';

/**
 * The union's part of the cross-agency report: `AreaPeriod.labourUnion`, `AreaPeriod.labourUnionReporting` and
 * its report versions of sections UNION_CARE (quarterly) and UNION_FUND (yearly, due 30 November), both of which
 * freeze the same figures. Created once: it declares GraphQL types.
 */
export const areaReporting = createAreaReporting({
  info,
  figures: LabourUnionAreaFigures,
  figuresOf: async (ctx: Context, area: AreaPeriod) => {
    const { members, care, houses, gifts } = ctx.loaders.area;
    const [m, c, h, g] = await Promise.all([
      members.load(area),
      care.load(area),
      houses.load(area),
      gifts.load(area),
    ]);
    return areaFigures(asOfDay(area.period), m, c, h, g);
  },
  loadUnit: (ctx: Context) => (code) => ctx.loaders.unit.load(code),
});
