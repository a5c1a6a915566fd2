import DataLoader from 'dataloader';
import { Directive, Field, ObjectType } from 'type-graphql';
import type { Caller } from '../auth/caller';
import { BadUserInputError, ForbiddenError } from '../errors';
import { parsePeriod, PeriodScalar, tryParsePeriod, type Period } from '../period';
import { callerCoversUnit, outOfScopeMessage } from '../units/unit-scope';
import { requestLoader } from './request-loader';

/**
 * One administrative unit over one period, the meeting point of every organisation's figures: the People's
 * Committee owns it (it owns the unit tree) and each subgraph extends it with its own indicators, totalled over
 * the unit and everything below it (for a unit retired in the 2025 reform: over its successors).
 */
@ObjectType({
  description:
    'An administrative unit over a period: every organisation adds its own figures, totalled over the unit and ' +
    'the units below it (a pre-July-2025 district or province: over the 2025 units that took its area over).',
})
@Directive('@key(fields: "unitCode period")')
export class AreaPeriod {
  @Field({ description: 'GSO code: a province, a commune or ward, or a unit retired in the 2025 reform.' })
  unitCode!: string;

  @Field(() => PeriodScalar, {
    description:
      'The period the figures cover (a period code such as 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M).',
  })
  period!: Period;
}

/** What the area checks need of a unit row (UnitTreeEntry and AdministrativeUnit both have it). */
export interface AreaUnit {
  code: string;
  name: string;
  parentCode: string | null;
  validTo: string | null;
  successorCodes: string[];
}
export type LoadAreaUnit = (code: string) => Promise<AreaUnit | null | undefined>;

/**
 * Checks an area asked for by a caller: the unit exists, existed during the period (a retired unit answers for
 * periods up to its last day) and lies in the caller's units. Used by the root query and by every subgraph's
 * reference resolver, so `_entities` cannot skip it.
 */
export async function checkArea(
  caller: Caller,
  load: LoadAreaUnit,
  unitCode: string,
  period: Period,
): Promise<AreaPeriod> {
  const unit = /^\d{2,5}$/.test(unitCode) ? await load(unitCode) : null;
  if (!unit)
    throw new BadUserInputError(`there is no administrative unit with code "${unitCode}"`, 'unitCode');
  if (unit.validTo && period.start > unit.validTo) {
    throw new BadUserInputError(
      `${unit.code} ${unit.name} ended on ${unit.validTo}; report ${period.code} under the units that took it ` +
        `over (${unit.successorCodes.join(', ')})`,
      'period',
    );
  }
  // The one scope rule (units/unit-scope.ts): a retired area is the caller's when all its successors are.
  if (!(await callerCoversUnit(caller, load, unit.code))) {
    throw new ForbiddenError(outOfScopeMessage(caller, `Unit ${unit.code}`));
  }
  return { unitCode: unit.code, period };
}

/** `{ AreaPeriod: { __resolveReference } }` for a subgraph, checking the area for the caller as the root does. */
export function areaPeriodReference<C extends { caller: Caller }>(loadUnit: (ctx: C) => LoadAreaUnit) {
  return {
    AreaPeriod: {
      __resolveReference: async (ref: { unitCode: string; period: string | Period }, ctx: C) => {
        const period = typeof ref.period === 'string' ? tryParsePeriod(ref.period) : ref.period;
        if (!period) throw new BadUserInputError(`"${String(ref.period)}" is not a period code`, 'period');
        // All references of a request are checked in one batch and answered together, so the figure loaders
        // behind them batch too (a province's lineage is shorter than a commune's and would finish first).
        const checks = requestLoader(
          ctx,
          'areaCheck',
          () =>
            new DataLoader<AreaPeriod, AreaPeriod, string>(
              (areas) =>
                Promise.all(
                  areas.map((a) =>
                    checkArea(ctx.caller, loadUnit(ctx), a.unitCode, a.period).catch((e: Error) => e),
                  ),
                ),
              { cacheKeyFn: areaKey },
            ),
        );
        return { ...ref, ...(await checks.load({ unitCode: ref.unitCode, period })) };
      },
    },
  };
}

export const areaKey = (area: { unitCode: string; period: Period }) => `${area.unitCode}|${area.period.code}`;

/** A per-request loader of one figure set for many areas, with the value of an area that has nothing. */
export type AreaLoader<R> = DataLoader<AreaPeriod, R, string> & { empty: () => R };

/** The figure set when the query needs it, else its empty value without a statement (see WantedFigures). */
export const loadWanted = <R>(loader: AreaLoader<R>, area: AreaPeriod, wanted: boolean): Promise<R> =>
  wanted ? loader.load(area) : Promise.resolve(loader.empty());

/**
 * A per-request loader of one figure set for many areas: `fetch` gets the unit codes of every area asked for
 * with the same period and answers them in one statement (see areaUnitsCte); areas it leaves out get `empty()`.
 */
export function createAreaLoader<R>(
  fetch: (unitCodes: string[], period: Period) => Promise<Map<string, R>>,
  empty: () => R,
): AreaLoader<R> {
  const loader = new DataLoader<AreaPeriod, R, string>(
    async (areas) => {
      const byPeriod = new Map<string, string[]>();
      for (const a of areas)
        byPeriod.set(a.period.code, [...(byPeriod.get(a.period.code) ?? []), a.unitCode]);
      const results = new Map<string, R>();
      await Promise.all(
        [...byPeriod].map(async ([code, units]) => {
          const found = await fetch([...new Set(units)], parsePeriod(code));
          for (const unit of units) results.set(`${unit}|${code}`, found.get(unit) ?? empty());
        }),
      );
      return areas.map((a) => results.get(areaKey(a))!);
    },
    { cacheKeyFn: areaKey },
  );
  return Object.assign(loader, { empty });
}
