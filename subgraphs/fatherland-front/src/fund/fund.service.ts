import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keepIds,
  keysetPage,
  thenById,
  once,
  todayInVietnam,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCovers, currentUnit, inCallerUnitsSql, inUnitSubtreeSql, lineageOf } from '../access';
import type { Context } from '../context';
import { FrontCampaign } from './campaign.entity';
import { disburse } from './disburse';
import { FrontDisbursement } from './disbursement.entity';
import { FrontDonation } from './donation.entity';
import { FrontFund } from './fund.entity';
import type {
  CreateFrontCampaignInput,
  FrontCampaignFilter,
  FrontDisbursementFilter,
  FrontDonationFilter,
  FrontFundFilter,
  OpenFrontFundInput,
  RecordFrontDisbursementInput,
  RecordFrontDonationInput,
} from './fund.input';

export function assertNotFuture(date: string, field: string): void {
  if (date > todayInVietnam()) throw new BadUserInputError(`${date} is in the future`, field);
}

/** The fund a payment comes from: it exists, the caller covers its unit, and it was open on the day. */
export async function payingFund(
  ctx: Context,
  fundId: string,
  date: string,
  field: string,
  dateField: string,
) {
  const fund = await ctx.loaders.fund.load(fundId);
  if (!fund) throw new BadUserInputError(`there is no fund ${fundId}`, field);
  await assertCovers(ctx, fund.unitCode);
  if (date < fund.openedOn) {
    throw new BadUserInputError(`${fund.name} opened on ${fund.openedOn}, after ${date}`, dateField);
  }
  return fund;
}

export async function openFund(ctx: Context, input: OpenFrontFundInput): Promise<FrontFund> {
  const unit = await currentUnit(ctx.loaders, input.unitCode, ['PROVINCE', 'COMMUNE'], 'input.unitCode');
  await assertCovers(ctx, unit.code);
  assertNotFuture(input.openedOn, 'input.openedOn');
  try {
    return await ctx.dataSource.transaction(async (em) => {
      if (await em.existsBy(FrontFund, { unitCode: unit.code })) {
        throw new ConflictError(`${unit.name} (${unit.code}) already has a fund`, 'input.unitCode');
      }
      return em.save(
        em.create(FrontFund, { unitCode: unit.code, name: input.name.trim(), openedOn: input.openedOn }),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`${unit.code} already has a fund`, 'input.unitCode');
    throw error;
  }
}

export async function createCampaign(ctx: Context, input: CreateFrontCampaignInput): Promise<FrontCampaign> {
  const unit = await currentUnit(ctx.loaders, input.unitCode, ['PROVINCE', 'COMMUNE'], 'input.unitCode');
  await assertCovers(ctx, unit.code);
  if (input.endDate < input.startDate) {
    throw new BadUserInputError(
      `ends (${input.endDate}) before it starts (${input.startDate})`,
      'input.endDate',
    );
  }
  try {
    return await ctx.dataSource.transaction(async (em) => {
      if (await em.existsBy(FrontCampaign, { code: input.code })) {
        throw new ConflictError(`campaign code ${input.code} is taken`, 'input.code');
      }
      return em.save(em.create(FrontCampaign, { ...input, name: input.name.trim(), unitCode: unit.code }));
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`campaign code ${input.code} is taken`, 'input.code');
    throw error;
  }
}

export async function recordDonation(ctx: Context, input: RecordFrontDonationInput): Promise<FrontDonation> {
  assertNotFuture(input.date, 'input.date');
  const fund = await payingFund(ctx, input.fundId, input.date, 'input.fundId', 'input.date');
  if (input.campaignId) {
    const campaign = await ctx.loaders.campaign.load(input.campaignId);
    if (!campaign)
      throw new BadUserInputError(`there is no campaign ${input.campaignId}`, 'input.campaignId');
    if (!(await lineageOf(ctx.loaders, fund.unitCode)).includes(campaign.unitCode)) {
      throw new BadUserInputError(
        `${campaign.code} is a campaign of unit ${campaign.unitCode}, not of ${fund.unitCode} or a unit above it`,
        'input.campaignId',
      );
    }
    if (input.date < campaign.startDate || input.date > campaign.endDate) {
      throw new BadUserInputError(
        `${campaign.code} runs from ${campaign.startDate} to ${campaign.endDate}, not on ${input.date}`,
        'input.date',
      );
    }
  }
  return ctx.dataSource.transaction((em) =>
    once(
      em,
      ctx,
      { key: input.idempotencyKey, operation: 'recordFrontDonation', request: input },
      () =>
        em.save(
          em.create(FrontDonation, {
            fundId: fund.id,
            unitCode: fund.unitCode,
            campaignId: input.campaignId ?? null,
            donorKind: input.donorKind,
            donorName: input.donorName.trim(),
            amount: input.amount,
            date: input.date,
            note: input.note ?? null,
          }),
        ),
      { keep: keepIds, load: ([id]) => em.findOneByOrFail(FrontDonation, { id }) },
    ),
  );
}

export async function recordDisbursement(
  ctx: Context,
  input: RecordFrontDisbursementInput,
): Promise<FrontDisbursement> {
  assertNotFuture(input.date, 'input.date');
  const fund = await payingFund(ctx, input.fundId, input.date, 'input.fundId', 'input.date');
  return ctx.dataSource.transaction((em) =>
    once(
      em,
      ctx,
      { key: input.idempotencyKey, operation: 'recordFrontDisbursement', request: input },
      () =>
        disburse(
          em,
          fund,
          {
            purpose: input.purpose,
            householdId: input.householdId,
            personId: input.personId ?? null,
            solidarityHouseId: null,
            amount: input.amount,
            date: input.date,
            note: input.note ?? null,
          },
          'input.amount',
        ),
      { keep: keepIds, load: ([id]) => em.findOneByOrFail(FrontDisbursement, { id }) },
    ),
  );
}

const scoped = <T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  alias: string,
  caller: Caller,
) =>
  dataSource.getRepository(entity).createQueryBuilder(alias).where(inCallerUnitsSql(alias), {
    callerUnits: caller.units,
  });

export function listFunds(ctx: Context, filter: FrontFundFilter, first: number, after?: string | null) {
  const qb = scoped(ctx.dataSource, FrontFund, 'f', ctx.caller);
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('f'), { unitCode: filter.unitCode });
  return keysetPage(
    qb,
    thenById<FrontFund>('f', { sql: 'f.unit_code', kind: 'text', of: (f) => f.unitCode }),
    first,
    after,
  );
}

export function listCampaigns(
  ctx: Context,
  filter: FrontCampaignFilter,
  first: number,
  after?: string | null,
) {
  const qb = scoped(ctx.dataSource, FrontCampaign, 'c', ctx.caller);
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('c'), { unitCode: filter.unitCode });
  if (filter.period) {
    qb.andWhere('c.start_date <= :end AND c.end_date >= :start', filter.period);
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'c.start_date', kind: 'date', of: (c) => c.startDate },
        { sql: 'c.id', kind: 'uuid', of: (c) => c.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

export function listDonations(
  ctx: Context,
  filter: FrontDonationFilter,
  first: number,
  after?: string | null,
) {
  const qb = scoped(ctx.dataSource, FrontDonation, 'd', ctx.caller);
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('d'), { unitCode: filter.unitCode });
  if (filter.fundId) qb.andWhere('d.fund_id = :fundId', { fundId: filter.fundId });
  if (filter.period) qb.andWhere('d.date BETWEEN :start AND :end', filter.period);
  if (filter.donorKind) qb.andWhere('d.donor_kind = :kind', { kind: filter.donorKind });
  if (filter.campaignId) qb.andWhere('d.campaign_id = :campaignId', { campaignId: filter.campaignId });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'd.date', kind: 'date', of: (d) => d.date },
        { sql: 'd.id', kind: 'uuid', of: (d) => d.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

export function listDisbursements(
  ctx: Context,
  filter: FrontDisbursementFilter,
  first: number,
  after?: string | null,
) {
  const qb = scoped(ctx.dataSource, FrontDisbursement, 'x', ctx.caller);
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('x'), { unitCode: filter.unitCode });
  if (filter.fundId) qb.andWhere('x.fund_id = :fundId', { fundId: filter.fundId });
  if (filter.period) qb.andWhere('x.date BETWEEN :start AND :end', filter.period);
  if (filter.purpose?.length) qb.andWhere('x.purpose IN (:...purpose)', { purpose: filter.purpose });
  if (filter.householdId) qb.andWhere('x.household_id = :householdId', { householdId: filter.householdId });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'x.date', kind: 'date', of: (x) => x.date },
        { sql: 'x.id', kind: 'uuid', of: (x) => x.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}
