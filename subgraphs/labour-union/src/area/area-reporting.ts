import { discloseAreaFigures } from './area-disclosure';
import { createAreaReporting, loadWanted, type AreaPeriod, type WantedFigures } from '@chung-tay/common';
import { info } from '../info';
import type { Context } from '../context';
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
  disclose: discloseAreaFigures,
  figuresOf: async (ctx: Context, area: AreaPeriod, wanted: WantedFigures) => {
    const { members, care, houses, gifts } = ctx.loaders.area;
    const [m, c, h, g] = await Promise.all([
      loadWanted(members, area, wanted('members')),
      // The seed 001 fund rows count care and house grants too.
      loadWanted(care, area, wanted('care') || wanted('fund')),
      loadWanted(houses, area, wanted('houses') || wanted('fund')),
      loadWanted(gifts, area, wanted('fund')),
    ]);
    return areaFigures(asOfDay(area.period), m, c, h, g);
  },
  loadUnit: (ctx: Context) => (code) => ctx.loaders.unit.load(code),
});
