import { discloseAreaFigures } from './area-disclosure';
import { createAreaReporting } from '@chung-tay/common';
import { info } from '../info';
import type { Context } from '../context';
import { womensUnionAreaFigures } from './area-figures';
import { WomensUnionAreaFigures } from './area-figures.types';

/**
 * The union's part of the cross-agency report: `AreaPeriod.womensUnion` (its figures for an area and period),
 * `AreaPeriod.womensUnionReporting` (completeness and timeliness of its sections) and its report versions
 * (section WOMENS_UNION_PROGRESS: prepare, submit, People's Committee review). Built once: the classes it
 * declares are global to type-graphql.
 */
export const womensUnionAreaReporting = createAreaReporting({
  info,
  figures: WomensUnionAreaFigures,
  disclose: discloseAreaFigures,
  figuresOf: (ctx: Context, area, wanted) => womensUnionAreaFigures(ctx, area, wanted),
  loadUnit: (ctx: Context) => (code) => ctx.loaders.unit.load(code),
});
