import { createAreaReporting } from '@chung-tay/common';
import { info } from '../info';
import type { Context } from '../context';
import { discloseAreaFigures } from './area-disclosure';
import { areaFigures } from './area-figures';
import { {{Pascal}}AreaFigures } from './area-figures.types';

/**
 * The {{en}}'s part of the cross-agency report: `AreaPeriod.{{camel}}` (its figures for an area and period),
 * `AreaPeriod.{{camel}}Reporting` and its report versions (its sections in the vocabulary's registry). Built
 * once: the classes it declares are global to type-graphql.
 */
export const areaReporting = createAreaReporting({
  info,
  figures: {{Pascal}}AreaFigures,
  disclose: discloseAreaFigures,
  figuresOf: (ctx: Context, area) => areaFigures(ctx.loaders, area),
  loadUnit: (ctx: Context) => (code) => ctx.loaders.unit.load(code),
});
