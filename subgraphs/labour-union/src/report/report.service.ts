import { BadUserInputError, isUuid, unitSubtreeSql, type Period } from '@chung-tay/common';
import { assertCallerCoversUnit, visible } from '../access';
import { CareActivityKind, CareFundingSource } from '../enums';
import { campaignWindow } from '../fund-gift/campaign';
import type { Context } from '../loaders';
import {
  figure,
  UnionCareByKind,
  UnionCareBySource,
  UnionFundReportRow,
  type UnionCareReport,
  type UnionFundReport,
} from './report.types';

/** What a report covers: a union organisation and those below it, or a unit and those below it. */
interface ReportScope {
  unionOrganisationId: string | null;
  unitCode: string | null;
  /** SQL condition on a table with union_organisation_id and unit_code, with the root as $1. */
  where: (alias: string) => string;
  root: string;
}

/** Checks the caller may see what the report covers; anyone may, inside their units (the figures are counts). */
async function reportScope(ctx: Context, unionOrganisationId: string | null, unitCode: string | null) {
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
    return {
      unionOrganisationId,
      unitCode: null,
      root: org.id,
      where: (a: string) => `${a}.union_organisation_id IN (WITH RECURSIVE org_subtree(id) AS (
        SELECT id FROM union_organisation WHERE id = $1
        UNION SELECT o.id FROM union_organisation o JOIN org_subtree s ON o.parent_id = s.id
      ) SELECT id FROM org_subtree)`,
    } satisfies ReportScope;
  }
  const unit = await ctx.loaders.unit.load(unitCode!);
  if (!unit) throw new BadUserInputError(`there is no administrative unit ${unitCode}`, 'unitCode');
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, unit.code);
  return {
    unionOrganisationId: null,
    unitCode: unit.code,
    root: unit.code,
    where: (a: string) => `${a}.unit_code IN (${unitSubtreeSql('code = $1', 'unit_tree')})`,
  } satisfies ReportScope;
}

const n = (value: unknown) => Number(value ?? 0);

export async function unionFundReport(
  ctx: Context,
  unionOrganisationId: string | null,
  unitCode: string | null,
  period: Period,
): Promise<UnionFundReport> {
  const scope = await reportScope(ctx, unionOrganisationId, unitCode);
  const params = [scope.root, period.start, period.end];
  const [[gifts], [houses], [care]] = await Promise.all([
    ctx.dataSource.query(
      `SELECT count(*) AS handovers, count(DISTINCT g.union_organisation_id) AS organisations,
              coalesce(sum(g.contributors), 0) AS contributors, coalesce(sum(g.amount), 0) AS amount
       FROM fund_gift g WHERE ${scope.where('g')} AND g.date BETWEEN $2 AND $3`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT count(*) AS houses, count(*) FILTER (WHERE u.kind = 'BUILD') AS built,
              coalesce(sum(u.grant_amount), 0) AS amount
       FROM union_house u WHERE ${scope.where('u')} AND u.funding_source = $4
         AND u.status IN ('APPROVED', 'COMPLETED') AND u.approved_date BETWEEN $2 AND $3`,
      [...params, CareFundingSource.FOR_THE_POOR_FUND],
    ),
    ctx.dataSource.query(
      `SELECT count(*) AS activities, count(*) FILTER (WHERE a.kind = 'VISIT') AS visits,
              coalesce(sum(a.value), 0) AS amount
       FROM care_activity a WHERE ${scope.where('a')} AND a.funding_source = $4 AND a.date BETWEEN $2 AND $3`,
      [...params, CareFundingSource.FOR_THE_POOR_FUND],
    ),
  ]);
  const row = (
    line: string,
    title: string,
    counts: string,
    number: number,
    valueVnd: number,
    note: string | null,
  ) => Object.assign(new UnionFundReportRow(), { line, title, counts, number, valueVnd, note });
  const houseCount = n(houses.houses);
  const careCount = n(care.activities);
  const row21 = row(
    '2.1',
    'Hỗ trợ kinh phí xây dựng nhà ở cho CNVCLĐ khó khăn (từ nguồn hỗ trợ của UBMTTQ Việt Nam cùng cấp)',
    'Union houses (build or repair) granted from the For-the-Poor fund, approved in the period; grants.',
    houseCount,
    n(houses.amount),
    houseCount ? `${n(houses.built)} xây mới, ${houseCount - n(houses.built)} sửa chữa` : null,
  );
  const row22 = row(
    '2.2',
    'Thăm, tặng quà CNVCLĐ khó khăn (từ nguồn hỗ trợ của UBMTTQ cùng cấp)',
    'Visits and gifts paid from the For-the-Poor fund in the period; their value.',
    careCount,
    n(care.amount),
    careCount ? `${n(care.visits)} lượt thăm, ${careCount - n(care.visits)} suất quà` : null,
  );
  const { start, end, reportDue } = campaignWindow(period.year);
  return {
    period,
    unionOrganisationId: scope.unionOrganisationId,
    unitCode: scope.unitCode,
    campaignStartDate: start,
    campaignEndDate: end,
    dueDate: period.kind === 'YEAR' ? reportDue : null,
    rows: [
      row(
        '1',
        'Kết quả vận động CNVCLĐ ủng hộ Quỹ "Vì người nghèo"',
        "Workers' gifts to the For-the-Poor fund in the period: workers who gave; amount.",
        n(gifts.contributors),
        n(gifts.amount),
        n(gifts.handovers) ? `${n(gifts.handovers)} lần nộp quỹ, ${n(gifts.organisations)} công đoàn` : null,
      ),
      row(
        '2',
        'Kết quả hỗ trợ CNVCLĐ khó khăn từ nguồn kinh phí cuộc vận động "Vì người nghèo"',
        'Support paid from the For-the-Poor fund: rows 2.1 and 2.2 together.',
        row21.number + row22.number,
        row21.valueVnd + row22.valueVnd,
        null,
      ),
      row21,
      row22,
    ],
  };
}

export async function unionCareReport(
  ctx: Context,
  unionOrganisationId: string | null,
  unitCode: string | null,
  period: Period,
): Promise<UnionCareReport> {
  const scope = await reportScope(ctx, unionOrganisationId, unitCode);
  const params = [scope.root, period.start, period.end];
  // A plan is in force during the period if its list was counted by the end and it was not closed before the start.
  const plansInForce = `FROM care_plan p WHERE ${scope.where('p')} AND p.listed_date <= $3
    AND (p.closed_date IS NULL OR p.closed_date >= $2)`;
  const [[plans], [members], [reach], careRows, [houses], [gifts]] = await Promise.all([
    ctx.dataSource.query(
      `SELECT count(DISTINCT p.household_id) AS households,
              count(DISTINCT p.household_id) FILTER (WHERE p.listed_status = 'POOR') AS poor,
              count(DISTINCT p.household_id) FILTER (WHERE p.listed_status = 'NEAR_POOR') AS near_poor
       ${plansInForce}`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT count(*) AS members FROM union_member m WHERE ${scope.where('m')} AND m.status = 'ACTIVE'
         AND m.household_id IN (SELECT p.household_id ${plansInForce})`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT count(DISTINCT a.household_id) AS households, count(DISTINCT a.member_id) AS members
       FROM care_activity a WHERE ${scope.where('a')} AND a.date BETWEEN $2 AND $3`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT a.kind, a.funding_source, count(*) AS number, sum(a.value) AS value
       FROM care_activity a WHERE ${scope.where('a')} AND a.date BETWEEN $2 AND $3
       GROUP BY a.kind, a.funding_source`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT count(*) FILTER (WHERE u.approved_date BETWEEN $2 AND $3) AS approved,
              coalesce(sum(u.grant_amount) FILTER (WHERE u.approved_date BETWEEN $2 AND $3), 0) AS approved_value,
              count(*) FILTER (WHERE u.completed_date BETWEEN $2 AND $3) AS completed,
              coalesce(sum(u.grant_amount) FILTER (WHERE u.completed_date BETWEEN $2 AND $3), 0) AS completed_value
       FROM union_house u WHERE ${scope.where('u')} AND u.status IN ('APPROVED', 'COMPLETED')`,
      params,
    ),
    ctx.dataSource.query(
      `SELECT coalesce(sum(g.contributors), 0) AS contributors, coalesce(sum(g.amount), 0) AS amount
       FROM fund_gift g WHERE ${scope.where('g')} AND g.date BETWEEN $2 AND $3`,
      params,
    ),
  ]);
  const rows = careRows as { kind: string; funding_source: string; number: string; value: string }[];
  const sum = (keep: (r: (typeof rows)[number]) => boolean) => {
    const kept = rows.filter(keep);
    return [kept.reduce((t, r) => t + n(r.number), 0), kept.reduce((t, r) => t + n(r.value), 0)] as const;
  };
  return {
    period,
    unionOrganisationId: scope.unionOrganisationId,
    unitCode: scope.unitCode,
    householdsWithPlans: n(plans.households),
    poorHouseholdsListed: n(plans.poor),
    nearPoorHouseholdsListed: n(plans.near_poor),
    membersInPlannedHouseholds: n(members.members),
    householdsReached: n(reach.households),
    membersReached: n(reach.members),
    care: figure(...sum(() => true)),
    careByKind: Object.values(CareActivityKind).map((kind) =>
      Object.assign(new UnionCareByKind(), { kind }, toFigure(sum((r) => r.kind === kind))),
    ),
    careByFundingSource: Object.values(CareFundingSource).map((fundingSource) =>
      Object.assign(
        new UnionCareBySource(),
        { fundingSource },
        toFigure(sum((r) => r.funding_source === fundingSource)),
      ),
    ),
    housesApproved: figure(n(houses.approved), n(houses.approved_value)),
    housesCompleted: figure(n(houses.completed), n(houses.completed_value)),
    fundGifts: figure(n(gifts.contributors), n(gifts.amount)),
  };
}

const toFigure = ([number, valueVnd]: readonly [number, number]) => ({ number, valueVnd });
