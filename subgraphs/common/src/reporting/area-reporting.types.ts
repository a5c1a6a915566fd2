import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import type { Discloser, FigureDisclosure } from '../disclosure';
import type { SubgraphInfo } from '../organisations';
import type { AreaPeriod, LoadAreaUnit } from './area-period';
import type { ExpectedReport } from './reporting.types';
import type { WantedFigures } from './wanted-figures';

/** A figure set carries how it was protected for its reader (see Discloser). */
export type DisclosedFigures = object & { disclosure?: FigureDisclosure | null };

/**
 * What an organisation gives the kit for its part of the area view. `L` is the organisation's loaders, so its
 * functions receive its own request context.
 */
export interface AreaReportingOptions<F extends DisclosedFigures, L = unknown> {
  info: SubgraphInfo;
  /** The organisation's indicators: a plain object type (no field resolvers), frozen as JSON in its reports. */
  figures: ClassType<F>;
  /**
   * The figures as a reader outside the organisation may see them: every count and amount built from the
   * organisation's records through `d.count` / `d.amount` (the threshold rule), derived ratios from the shown
   * figures. Applied to the area figures and to report versions alike; the organisation's own readers get them
   * exact.
   */
  disclose: (figures: F, d: Discloser) => F;
  /**
   * The indicators of one area, through per-request loaders so many areas cost a few statements. Figure sets
   * whose fields `wanted` says no to may be left out (`loadWanted`): GraphQL never reads fields it was not asked.
   */
  figuresOf: (ctx: RequestContext<L>, area: AreaPeriod, wanted: WantedFigures) => Promise<F>;
  /** The unit rows of this subgraph (the People's Committee's own tree, or the copy in unit_tree). */
  loadUnit: (ctx: RequestContext<L>) => LoadAreaUnit;
  /** Unit table for subtree SQL: `unit_tree` (default) or the People's Committee's `administrative_unit`. */
  unitTable?: string;
  /**
   * The People's Committee computes the expected reports itself; every other organisation receives them with
   * the entity (`@requires`), so the obligations live in one place.
   */
  expectedReports?: (ctx: RequestContext<L>, area: AreaPeriod) => Promise<ExpectedReport[]>;
}
