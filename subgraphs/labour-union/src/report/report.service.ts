import { BadUserInputError, isUuid, type Period } from '@chung-tay/common';
import { assertCallerCoversUnit, visible } from '../access';
import { CareActivityKind, CareFundingSource } from '../enums';
import { campaignWindow } from '../fund-gift/campaign';
import type { Context } from '../context';
import { fundRows } from './fund-rows';
import {
  figure,
  UnionCareByKind,
  UnionCareBySource,
  UnionFundReportRow,
  type UnionCareReport,
  type UnionFundReport,
} from './report.types';
import {
  careTotals,
  emptyCare,
  emptyGifts,
  emptyHouses,
  giftTotals,
  houseTotals,
  organisationScope,
  sumOf,
  unitScope,
  type NumberAndValue,
  type RecordScope,
} from './totals';

/** What a report covers: a union organisation and those below it, or a unit and those below it. */
interface ReportScope {
  unionOrganisationId: string | null;
  unitCode: string | null;
  scope: RecordScope;
  root: string;
}

/** Checks the caller may see what the report covers; anyone may, inside their units (the figures are counts). */
async function reportScope(
  ctx: Context,
  unionOrganisationId: string | null,
  unitCode: string | null,
): Promise<ReportScope> {
  if (!unionOrganisationId === !unitCode) {
    throw new BadUserInputError(
      'report on a union organisation or on a unit: give exactly one',
      'unionOrganisationId',
    );
  }
  if (unionOrganisationId) {
    if (!isUuid(unionOrganisationId)) throw new BadUserInputError('is not an id', 'unionOrganisationId');
    const org = visible(
      await ctx.loaders.organisation.load(unionOrganisationId),
      `Union organisation ${unionOrganisationId}`,
      ctx,
    );
    if (!org)
      throw new BadUserInputError(
        `there is no union organisation ${unionOrganisationId}`,
        'unionOrganisationId',
      );
    return { unionOrganisationId, unitCode: null, root: org.id, scope: organisationScope };
  }
  const unit = await ctx.loaders.unit.load(unitCode!);
  if (!unit) throw new BadUserInputError(`there is no administrative unit ${unitCode}`, 'unitCode');
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, unit.code);
  return { unionOrganisationId: null, unitCode: unit.code, root: unit.code, scope: unitScope };
}

/** The records' totals of one scope for a period: the same statements as the area view's, for one root. */
async function totalsOf(ctx: Context, { scope, root }: ReportScope, period: Period) {
  const [care, houses, gifts] = await Promise.all([
    careTotals(ctx.dataSource, scope, [root], period),
    houseTotals(ctx.dataSource, scope, [root], period),
    giftTotals(ctx.dataSource, scope, [root], period),
  ]);
  return {
    care: care.get(root) ?? emptyCare(),
    houses: houses.get(root) ?? emptyHouses(),
    gifts: gifts.get(root) ?? emptyGifts(),
  };
}

export async function unionFundReport(
  ctx: Context,
  unionOrganisationId: string | null,
  unitCode: string | null,
  period: Period,
): Promise<UnionFundReport> {
  const scope = await reportScope(ctx, unionOrganisationId, unitCode);
  const { care, houses, gifts } = await totalsOf(ctx, scope, period);
  const { start, end, reportDue } = campaignWindow(period.year);
  return {
    period,
    unionOrganisationId: scope.unionOrganisationId,
    unitCode: scope.unitCode,
    campaignStartDate: start,
    campaignEndDate: end,
    dueDate: period.kind === 'YEAR' ? reportDue : null,
    rows: fundRows(care, houses, gifts).map((row) => Object.assign(new UnionFundReportRow(), row)),
  };
}

export async function unionCareReport(
  ctx: Context,
  unionOrganisationId: string | null,
  unitCode: string | null,
  period: Period,
): Promise<UnionCareReport> {
  const scope = await reportScope(ctx, unionOrganisationId, unitCode);
  const params = [[scope.root], period.start, period.end];
  // A plan is in force during the period if its list was counted by the end and it was not closed before the start.
  const plansInForce = `FROM care_plan p ${scope.scope.join('p')} WHERE p.listed_date <= $3
    AND (p.closed_date IS NULL OR p.closed_date >= $2)`;
  const [[plans], [members], { care, houses, gifts }] = await Promise.all([
    ctx.dataSource.query(
      `WITH RECURSIVE ${scope.scope.cte}
       SELECT count(DISTINCT p.household_id) AS households,
              count(DISTINCT p.household_id) FILTER (WHERE p.listed_status = 'POOR') AS poor,
              count(DISTINCT p.household_id) FILTER (WHERE p.listed_status = 'NEAR_POOR') AS near_poor
       ${plansInForce}`,
      params,
    ),
    ctx.dataSource.query(
      `WITH RECURSIVE ${scope.scope.cte}
       SELECT count(*) AS members FROM union_member m ${scope.scope.join('m')} WHERE m.status = 'ACTIVE'
         AND m.household_id IN (SELECT p.household_id ${plansInForce})`,
      params,
    ),
    totalsOf(ctx, scope, period),
  ]);
  const houseFigure = (which: 'approved' | 'completed') =>
    toFigure(
      sumOf(
        houses.rows,
        () => true,
        (r) => r[which],
      ),
    );
  return {
    period,
    unionOrganisationId: scope.unionOrganisationId,
    unitCode: scope.unitCode,
    householdsWithPlans: n(plans.households),
    poorHouseholdsListed: n(plans.poor),
    nearPoorHouseholdsListed: n(plans.near_poor),
    membersInPlannedHouseholds: n(members.members),
    householdsReached: care.households,
    membersReached: care.members,
    care: toFigure(care),
    careByKind: Object.values(CareActivityKind).map((kind) =>
      Object.assign(
        new UnionCareByKind(),
        { kind },
        sumOf(
          care.rows,
          (r) => r.kind === kind,
          (r) => r,
        ),
      ),
    ),
    careByFundingSource: Object.values(CareFundingSource).map((fundingSource) =>
      Object.assign(
        new UnionCareBySource(),
        { fundingSource },
        sumOf(
          care.rows,
          (r) => r.fundingSource === fundingSource,
          (r) => r,
        ),
      ),
    ),
    housesApproved: houseFigure('approved'),
    housesCompleted: houseFigure('completed'),
    fundGifts: figure(gifts.contributors, gifts.amount),
  };
}

const n = (value: unknown) => Number(value ?? 0);
const toFigure = ({ number, valueVnd }: NumberAndValue) => figure(number, valueVnd);
