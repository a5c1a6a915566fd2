import { createAreaReporting } from '@chung-tay/common';
import { info } from '../info';
import type { Context } from '../context';
import { discloseAreaFigures } from './area-disclosure';
import { MicrofinanceAreaFigures } from './area-figures.types';

/**
 * The lender's part of the cross-agency report: `AreaPeriod.microfinance` (its figures for an area and period),
 * `AreaPeriod.microfinanceReporting`, and the LENDER_PORTFOLIO report versions (prepare, submit, review).
 */
export const areaReporting = createAreaReporting({
  info,
  figures: MicrofinanceAreaFigures,
  disclose: discloseAreaFigures,
  figuresOf: (ctx: Context, area) => ctx.loaders.areaFigures.load(area),
  loadUnit: (ctx: Context) => (code: string) => ctx.loaders.unit.load(code),
});
