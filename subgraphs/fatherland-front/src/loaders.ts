import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  createAreaLoader,
  rolledUpAreaFetch,
  createGroupByColumnLoader,
  createGroupLoader,
  createRowLoader,
  createUnitTreeLoader,
  type Caller,
  callerScopeSql,
  type Period,
} from '@chung-tay/common';
import { inCallerUnitsSql } from './scope.sql';
import {
  AREA_FIGURES,
  asOfFor,
  coverageFigures,
  emptyCoverage,
  emptyFund,
  emptyHouses,
  emptySponsorship,
  fundFigures,
  houseFigures,
  sponsorshipFigures,
} from './area/area-figures.sql';
import { FrontCampaign } from './fund/campaign.entity';
import { FrontDisbursement } from './fund/disbursement.entity';
import { FrontFund } from './fund/fund.entity';
import { SolidarityHouseFunding } from './house/house-funding.entity';
import { SolidarityHouse } from './house/solidarity-house.entity';
import { NeedsListEntry } from './needs/needs-list-entry.entity';
import { SponsorshipPayment } from './sponsorship/payment.entity';
import { SponsorshipShare } from './sponsorship/pledge-sponsor.entity';
import { SponsorshipPledge } from './sponsorship/pledge.entity';
import { FrontSponsor } from './sponsorship/sponsor.entity';

export interface FundPeriodFigures {
  openingBalance: number;
  donations: number;
  donationCount: number;
  disbursements: number;
  disbursementCount: number;
}

/** Whether the Front holds records about a person or household, and whether any is inside the caller's units. */
export interface RecordScope {
  id: string;
  records: number;
  visible: boolean;
}

const num = (v: string | number | null) => Number(v ?? 0);

/** Every entity and relation read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (caller: Caller) => {
    const repo = <T extends ObjectLiteral>(entity: new () => T) => dataSource.getRepository(entity);
    const areaLoader = <R>(
      figure: string,
      figures: (dataSource: DataSource, units: string[], period: Period) => Promise<Map<string, R>>,
      empty: () => R,
    ) =>
      createAreaLoader(
        rolledUpAreaFetch(
          dataSource,
          figure,
          (units, period) => figures(dataSource, units, period),
          empty,
          (p) => asOfFor(p),
        ),
        empty,
      );
    /** Rows of `alias` limited to the caller's units, so relation reads never leak another area's records. */
    const scoped = <T extends ObjectLiteral>(entity: new () => T, alias: string): SelectQueryBuilder<T> =>
      repo(entity).createQueryBuilder(alias).where(inCallerUnitsSql(alias), { callerUnits: caller.units });
    const byId = <T extends ObjectLiteral & { id: string }>(entity: new () => T) =>
      createRowLoader(
        (ids: readonly string[]) =>
          repo(entity)
            .createQueryBuilder()
            .whereInIds([...ids])
            .getMany(),
        (r: T) => r.id,
      );
    const recordScope = (tables: string[], column: string) =>
      createRowLoader(
        (ids: readonly string[]): Promise<RecordScope[]> =>
          dataSource.query(
            `SELECT r.key AS id, count(*)::int AS records,
               bool_or(r.unit_code IN (${callerScopeSql('$2')})) AS visible
             FROM (${tables
               .map((t) => `SELECT ${column}::text AS key, unit_code FROM ${t} WHERE ${column} = ANY($1)`)
               .join(' UNION ALL ')}) r
             GROUP BY r.key`,
            [ids, caller.units],
          ),
        (r) => r.id,
      );

    return {
      unit: createUnitTreeLoader(dataSource),
      fund: byId(FrontFund),
      campaign: byId(FrontCampaign),
      house: byId(SolidarityHouse),
      needsEntry: byId(NeedsListEntry),
      sponsor: byId(FrontSponsor),
      pledge: byId(SponsorshipPledge),

      /** Balance of a fund at the end of a day; key `${fundId}|${date}`. */
      fundBalance: new DataLoader<string, number>(async (keys) => {
        const [funds, dates] = [keys.map((k) => k.split('|')[0]), keys.map((k) => k.split('|')[1])];
        const rows: { balance: string }[] = await dataSource.query(
          `SELECT
             (SELECT coalesce(sum(amount), 0) FROM front_donation d WHERE d.fund_id = k.fund_id AND d.date <= k.on_date)
           - (SELECT coalesce(sum(amount), 0) FROM front_disbursement x WHERE x.fund_id = k.fund_id AND x.date <= k.on_date)
             AS balance
           FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS k(fund_id, on_date, i) ORDER BY k.i`,
          [funds, dates],
        );
        return rows.map((r) => num(r.balance));
      }),

      /** Opening balance and flows of a fund in a period; key `${fundId}|${start}|${end}`. */
      fundPeriod: new DataLoader<string, FundPeriodFigures>(async (keys) => {
        const parts = keys.map((k) => k.split('|'));
        const flows = (table: string, alias: string) => `LEFT JOIN LATERAL (SELECT
            coalesce(sum(amount) FILTER (WHERE date < k.start_date), 0) AS before,
            coalesce(sum(amount) FILTER (WHERE date BETWEEN k.start_date AND k.end_date), 0) AS within,
            count(*) FILTER (WHERE date BETWEEN k.start_date AND k.end_date) AS n
          FROM ${table} WHERE fund_id = k.fund_id) ${alias} ON true`;
        const rows = await dataSource.query(
          `SELECT d.before - x.before AS opening, d.within AS donations, d.n AS donation_count,
             x.within AS disbursements, x.n AS disbursement_count
           FROM unnest($1::uuid[], $2::date[], $3::date[]) WITH ORDINALITY AS k(fund_id, start_date, end_date, i)
           ${flows('front_donation', 'd')} ${flows('front_disbursement', 'x')}
           ORDER BY k.i`,
          [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
        );
        return rows.map((r: Record<string, string>) => ({
          openingBalance: num(r.opening!),
          donations: num(r.donations!),
          donationCount: num(r.donation_count!),
          disbursements: num(r.disbursements!),
          disbursementCount: num(r.disbursement_count!),
        }));
      }),

      campaignTotals: createRowLoader(
        async (ids: readonly string[]) =>
          (
            await dataSource.query(
              `SELECT campaign_id AS id, sum(amount) AS total, count(*)::int AS count FROM front_donation
               WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
              [ids],
            )
          ).map((r: { id: string; total: string; count: number }) => ({ ...r, total: num(r.total) })),
        (r: { id: string; total: number; count: number }) => r.id,
      ),

      houseFunding: createGroupByColumnLoader(repo(SolidarityHouseFunding), 'houseId', { amount: 'DESC' }),
      housesByHousehold: createGroupLoader(
        (ids: readonly string[]) =>
          scoped(SolidarityHouse, 'h')
            .andWhere('h.household_id = ANY(:ids)', { ids })
            .orderBy('h.approved_on', 'DESC')
            .getMany(),
        (h) => h.householdId,
      ),
      disbursementsByHousehold: createGroupLoader(
        (ids: readonly string[]) =>
          scoped(FrontDisbursement, 'x')
            .andWhere('x.household_id = ANY(:ids)', { ids })
            .orderBy('x.date', 'DESC')
            .addOrderBy('x.id')
            .getMany(),
        (x) => x.householdId,
      ),

      currentNeedsEntryByPerson: createRowLoader(
        (ids: readonly string[]) =>
          scoped(NeedsListEntry, 'n')
            .andWhere('n.person_id = ANY(:ids)', { ids })
            .andWhere('n.removed_on IS NULL')
            .getMany(),
        (n) => n.personId,
      ),

      pledgeShares: createGroupByColumnLoader(repo(SponsorshipShare), 'pledgeId', {
        amountPerMonth: 'DESC',
        sponsorId: 'ASC',
      }),
      pledgePayments: createGroupByColumnLoader(repo(SponsorshipPayment), 'pledgeId', { month: 'ASC' }),
      pledgesByPerson: createGroupLoader(
        (ids: readonly string[]) =>
          scoped(SponsorshipPledge, 'p')
            .andWhere('p.person_id = ANY(:ids)', { ids })
            .orderBy('p.start_month', 'DESC')
            .getMany(),
        (p) => p.personId,
      ),
      pledgesByHousehold: createGroupLoader(
        (ids: readonly string[]) =>
          scoped(SponsorshipPledge, 'p')
            .andWhere('p.household_id = ANY(:ids)', { ids })
            .orderBy('p.start_month', 'DESC')
            .getMany(),
        (p) => p.householdId,
      ),
      pledgesByEntry: createGroupByColumnLoader(repo(SponsorshipPledge), 'needsListEntryId', {
        startMonth: 'DESC',
      }),
      /** A sponsor's pledges in the caller's units: its shares, then those pledges (two statements a batch). */
      pledgesBySponsor: new DataLoader<string, SponsorshipPledge[]>(async (ids) => {
        const shares = await repo(SponsorshipShare).findBy({ sponsorId: In([...ids]) });
        const pledges = shares.length
          ? await scoped(SponsorshipPledge, 'p')
              .andWhere('p.id = ANY(:pledgeIds)', { pledgeIds: [...new Set(shares.map((s) => s.pledgeId))] })
              .orderBy('p.start_month', 'DESC')
              .getMany()
          : [];
        return ids.map((id) => {
          const mine = new Set(shares.filter((s) => s.sponsorId === id).map((s) => s.pledgeId));
          return pledges.filter((p) => mine.has(p.id));
        });
      }),

      /**
       * The area view's figure sets: one statement per set and period, whatever the number of areas, read from
       * area_rollup once the period is over (AREA_FIGURES names them there).
       */
      areaFund: areaLoader(AREA_FIGURES.fund, fundFigures, emptyFund),
      areaHouses: areaLoader(AREA_FIGURES.houses, houseFigures, emptyHouses),
      areaSponsorship: areaLoader(AREA_FIGURES.sponsorship, sponsorshipFigures, emptySponsorship),
      areaCoverage: areaLoader(AREA_FIGURES.coverage, coverageFigures, emptyCoverage),

      personScope: recordScope(['needs_list_entry', 'sponsorship_pledge'], 'person_id'),
      householdScope: recordScope(
        ['needs_list_entry', 'sponsorship_pledge', 'solidarity_house', 'front_disbursement'],
        'household_id',
      ),
    };
  };
}
