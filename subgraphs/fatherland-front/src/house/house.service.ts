import { BadUserInputError, ConflictError, isUuid, keysetPage, NotFoundError } from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { assertCovers, currentUnit, inCallerUnitsSql, inUnitSubtreeSql, lineageOf } from '../access';
import {
  FrontDisbursementPurpose,
  SolidarityHouseFundingSource as Source,
  SolidarityHouseStatus as Status,
} from '../enums';
import { disburse } from '../fund/disburse';
import type { FrontFund } from '../fund/fund.entity';
import { assertNotFuture, payingFund } from '../fund/fund.service';
import type { Context } from '../context';
import { dong } from '../money';
import { SolidarityHouseFunding } from './house-funding.entity';
import type {
  AdvanceSolidarityHouseInput,
  RecordSolidarityHouseInput,
  SolidarityHouseFilter,
} from './house.input';
import { SolidarityHouse } from './solidarity-house.entity';

/** Checks the dates in order: approved ≤ started ≤ completed ≤ today. */
function checkDates(
  approvedOn: string,
  startedOn: string | null | undefined,
  completedOn: string | null | undefined,
) {
  assertNotFuture(approvedOn, 'input.approvedOn');
  if (startedOn) {
    assertNotFuture(startedOn, 'input.startedOn');
    if (startedOn < approvedOn) {
      throw new BadUserInputError(`building cannot begin before approval (${approvedOn})`, 'input.startedOn');
    }
  }
  if (completedOn) {
    assertNotFuture(completedOn, 'input.completedOn');
    if (!startedOn)
      throw new BadUserInputError('a house is handed over after building began', 'input.startedOn');
    if (completedOn < startedOn) {
      throw new BadUserInputError(`handed over before building began (${startedOn})`, 'input.completedOn');
    }
  }
}

/** Pays each Front-fund share of a house the day building begins, under the fund's balance rule. */
async function payFrontShares(
  em: EntityManager,
  house: SolidarityHouse,
  shares: [SolidarityHouseFunding, FrontFund][],
) {
  for (const [share, fund] of shares) {
    const paid = await disburse(
      em,
      fund,
      {
        purpose: FrontDisbursementPurpose.HOUSE,
        householdId: house.householdId,
        personId: null,
        solidarityHouseId: house.id,
        amount: share.amount,
        date: house.startedOn!,
        note: null,
      },
      'input.startedOn',
    );
    await em.update(SolidarityHouseFunding, share.id, { disbursementId: paid.id });
  }
}

export async function recordHouse(ctx: Context, input: RecordSolidarityHouseInput): Promise<SolidarityHouse> {
  const unit = await currentUnit(ctx.loaders, input.unitCode, ['COMMUNE'], 'input.unitCode');
  await assertCovers(ctx, unit.code);
  checkDates(input.approvedOn, input.startedOn, input.completedOn);
  const total = input.fundingSources.reduce((sum, f) => sum + f.amount, 0);
  if (total !== input.amount) {
    throw new BadUserInputError(
      `the funding sources add up to ${dong(total)}, not the house's ${dong(input.amount)}`,
      'input.fundingSources',
    );
  }
  const lineage = await lineageOf(ctx.loaders, unit.code);
  const funds = new Map<number, FrontFund>();
  for (const [i, f] of input.fundingSources.entries()) {
    const field = `input.fundingSources[${i}].fundId`;
    if ((f.source === Source.FRONT_FUND) !== Boolean(f.fundId)) {
      throw new BadUserInputError('a fund is named for FRONT_FUND money, and only for it', field);
    }
    if (!f.fundId) continue;
    const fund = await payingFund(
      ctx,
      f.fundId,
      input.startedOn ?? input.approvedOn,
      field,
      'input.startedOn',
    );
    if (!lineage.includes(fund.unitCode)) {
      throw new BadUserInputError(`${fund.name} is not the fund of ${unit.name} or of its province`, field);
    }
    funds.set(i, fund);
  }

  return ctx.dataSource.transaction(async (em) => {
    // One open house per household: lock its houses so two requests cannot both find none.
    const open = await em.query(
      `SELECT id FROM solidarity_house WHERE household_id = $1 AND status IN ('PLANNED', 'UNDER_CONSTRUCTION') FOR UPDATE`,
      [input.householdId],
    );
    if (open.length) {
      throw new ConflictError(
        `the household already has a house in progress (${open[0].id})`,
        'input.householdId',
      );
    }
    const house = await em.save(
      em.create(SolidarityHouse, {
        unitCode: unit.code,
        householdId: input.householdId,
        work: input.work,
        status: input.completedOn
          ? Status.COMPLETED
          : input.startedOn
            ? Status.UNDER_CONSTRUCTION
            : Status.PLANNED,
        amount: input.amount,
        approvedOn: input.approvedOn,
        startedOn: input.startedOn ?? null,
        completedOn: input.completedOn ?? null,
        cancelledOn: null,
        note: input.note ?? null,
      }),
    );
    const shares = await em.save(
      input.fundingSources.map((f) =>
        em.create(SolidarityHouseFunding, {
          houseId: house.id,
          source: f.source,
          amount: f.amount,
          fundId: f.fundId ?? null,
          disbursementId: null,
          contributor: f.contributor?.trim() || null,
        }),
      ),
    );
    if (house.startedOn) {
      await payFrontShares(
        em,
        house,
        shares.flatMap((s, i) =>
          funds.has(i) ? [[s, funds.get(i)!] as [SolidarityHouseFunding, FrontFund]] : [],
        ),
      );
    }
    return house;
  });
}

async function lockedHouse(em: EntityManager, ctx: Context, id: string): Promise<SolidarityHouse> {
  const house = isUuid(id)
    ? await em.findOne(SolidarityHouse, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!house) throw new NotFoundError('Solidarity house', id);
  await assertCovers(ctx, house.unitCode);
  return house;
}

export async function advanceHouse(ctx: Context, id: string, input: AdvanceSolidarityHouseInput) {
  if (!input.startedOn && !input.completedOn) {
    throw new BadUserInputError('give startedOn, completedOn or both', 'input');
  }
  const before = isUuid(id) ? await ctx.loaders.house.load(id) : null;
  if (!before) throw new NotFoundError('Solidarity house', id);
  await assertCovers(ctx, before.unitCode);
  checkDates(before.approvedOn, input.startedOn ?? before.startedOn, input.completedOn);
  const funding = await ctx.loaders.houseFunding.load(before.id);
  const funds = new Map<string, FrontFund>();
  if (input.startedOn) {
    for (const f of funding.filter((f) => f.fundId)) {
      funds.set(
        f.id,
        await payingFund(ctx, f.fundId!, input.startedOn, 'input.startedOn', 'input.startedOn'),
      );
    }
  }

  const saved = await ctx.dataSource.transaction(async (em) => {
    const house = await lockedHouse(em, ctx, id);
    if (house.status === Status.CANCELLED || house.status === Status.COMPLETED) {
      throw new ConflictError(`the house is already ${house.status.toLowerCase()}`, 'id');
    }
    if (input.startedOn && house.status !== Status.PLANNED) {
      throw new ConflictError(`building already began on ${house.startedOn}`, 'input.startedOn');
    }
    if (input.startedOn) {
      house.startedOn = input.startedOn;
      house.status = Status.UNDER_CONSTRUCTION;
      await em.save(house);
      await payFrontShares(
        em,
        house,
        funding.filter((f) => funds.has(f.id)).map((f) => [f, funds.get(f.id)!]),
      );
    }
    if (input.completedOn) {
      house.completedOn = input.completedOn;
      house.status = Status.COMPLETED;
      await em.save(house);
    }
    return house;
  });
  ctx.loaders.house.clear(id);
  ctx.loaders.houseFunding.clear(id);
  return saved;
}

export async function cancelHouse(ctx: Context, id: string, cancelledOn: string) {
  assertNotFuture(cancelledOn, 'cancelledOn');
  return ctx.dataSource.transaction(async (em) => {
    const house = await lockedHouse(em, ctx, id);
    if (house.status !== Status.PLANNED) {
      throw new ConflictError(
        'only a house not yet begun can be cancelled; money for building has been paid',
        'id',
      );
    }
    if (cancelledOn < house.approvedOn) {
      throw new BadUserInputError(`the house was approved on ${house.approvedOn}`, 'cancelledOn');
    }
    house.status = Status.CANCELLED;
    house.cancelledOn = cancelledOn;
    return em.save(house);
  });
}

export function listHouses(
  ctx: Context,
  filter: SolidarityHouseFilter,
  first: number,
  after?: string | null,
) {
  const qb = ctx.dataSource
    .getRepository(SolidarityHouse)
    .createQueryBuilder('h')
    .where(inCallerUnitsSql('h'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('h'), { unitCode: filter.unitCode });
  if (filter.status?.length) qb.andWhere('h.status IN (:...status)', { status: filter.status });
  if (filter.work) qb.andWhere('h.work = :work', { work: filter.work });
  if (filter.completedIn) qb.andWhere('h.completed_on BETWEEN :start AND :end', filter.completedIn);
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'h.approved_on', kind: 'date', of: (h) => h.approvedOn },
        { sql: 'h.id', kind: 'uuid', of: (h) => h.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}
