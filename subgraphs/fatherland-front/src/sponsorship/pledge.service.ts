import {
  BadUserInputError,
  ConflictError,
  isUuid,
  keysetPage,
  NotFoundError,
  todayInVietnam,
  type Period,
} from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { assertCovers, inCallerUnitsSql, inUnitSubtreeSql, lineageOf } from '../access';
import { SponsorshipPledgeStatus as Status } from '../enums';
import { assertNotFuture } from '../fund/fund.service';
import type { Context } from '../context';
import { monthCount, monthOfDate, monthStartDate } from '../months';
import { NeedsListEntry } from '../needs/needs-list-entry.entity';
import { SponsorshipPayment } from './payment.entity';
import { SponsorshipShare } from './pledge-sponsor.entity';
import { SponsorshipPledge } from './pledge.entity';
import { PERSONAL_SPONSOR_KINDS } from './sponsor.entity';
import type {
  EndSponsorshipPledgeInput,
  SignSponsorshipPledgeInput,
  SponsorshipPledgeFilter,
} from './sponsorship.input';

/** Pledges run for at most ten years; anything longer is a typing mistake. */
const MAX_MONTHS = 120;

export function month(period: Period, field: string): string {
  if (period.kind !== 'MONTH')
    throw new BadUserInputError(`${period.code} is not a month (use e.g. 2025-03)`, field);
  return period.code;
}

export function pledgeStatus(p: SponsorshipPledge, on = monthOfDate(todayInVietnam())): Status {
  if (p.startMonth > on) return Status.UPCOMING;
  return p.endMonth < on ? Status.ENDED : Status.ACTIVE;
}

export async function signPledge(
  ctx: Context,
  input: SignSponsorshipPledgeInput,
): Promise<SponsorshipPledge> {
  const entry = await ctx.loaders.needsEntry.load(input.needsListEntryId);
  if (!entry) throw new BadUserInputError('is not an entry of the needs list', 'input.needsListEntryId');
  await assertCovers(ctx, entry.unitCode);
  if (entry.removedOn) {
    throw new BadUserInputError(
      `the person left the needs list on ${entry.removedOn}`,
      'input.needsListEntryId',
    );
  }
  const start = month(input.startMonth, 'input.startMonth');
  const end = month(input.endMonth, 'input.endMonth');
  if (end < start) throw new BadUserInputError(`ends (${end}) before it starts (${start})`, 'input.endMonth');
  if (monthCount(start, end) > MAX_MONTHS) {
    throw new BadUserInputError(
      `runs ${monthCount(start, end)} months; at most ${MAX_MONTHS}`,
      'input.endMonth',
    );
  }
  if (start < monthOfDate(entry.listedOn)) {
    throw new BadUserInputError(`the person was listed on ${entry.listedOn}`, 'input.startMonth');
  }
  assertNotFuture(input.signedOn, 'input.signedOn');
  if (input.signedOn < entry.listedOn) {
    throw new BadUserInputError(`the person was listed only on ${entry.listedOn}`, 'input.signedOn');
  }
  const lineage = await lineageOf(ctx.loaders, entry.unitCode);
  const sponsors = await Promise.all(
    input.sponsors.map(async (share, i) => {
      const field = `input.sponsors[${i}].sponsorId`;
      if (input.sponsors.findIndex((s) => s.sponsorId === share.sponsorId) !== i) {
        throw new BadUserInputError('names the same sponsor twice', field);
      }
      const sponsor = await ctx.loaders.sponsor.load(share.sponsorId);
      if (!sponsor) throw new BadUserInputError(`there is no sponsor ${share.sponsorId}`, field);
      if (!lineage.includes(sponsor.unitCode)) {
        throw new BadUserInputError(
          `sponsor of unit ${sponsor.unitCode}; a sponsor belongs to the person's commune (${entry.unitCode}) or its province`,
          field,
        );
      }
      return sponsor;
    }),
  );
  let coordinator = input.coordinatorSponsorId;
  if (sponsors.length === 1) coordinator ??= sponsors[0]!.id;
  if (!coordinator) {
    throw new BadUserInputError(
      'name the sponsor who coordinates and pays the person',
      'input.coordinatorSponsorId',
    );
  }
  const lead = sponsors.find((s) => s.id === coordinator);
  if (!lead)
    throw new BadUserInputError('the coordinator must be one of the sponsors', 'input.coordinatorSponsorId');
  if (sponsors.length > 1 && PERSONAL_SPONSOR_KINDS.includes(lead.kind)) {
    throw new BadUserInputError(
      'where sponsors share a person, an organisation coordinates, not an individual or family',
      'input.coordinatorSponsorId',
    );
  }

  return ctx.dataSource.transaction(async (em) => {
    // The needs list entry is the person's lock: pledges for them and their removal from the list take turns.
    const locked = await em.findOne(NeedsListEntry, {
      where: { id: entry.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (locked!.removedOn) {
      throw new BadUserInputError(
        `the person left the needs list on ${locked!.removedOn}`,
        'input.needsListEntryId',
      );
    }
    const overlap = await em
      .getRepository(SponsorshipPledge)
      .createQueryBuilder('p')
      .where('p.person_id = :person AND p.start_month <= :end AND p.end_month >= :start', {
        person: entry.personId,
        start: monthStartDate(start),
        end: monthStartDate(end),
      })
      .getOne();
    if (overlap) {
      throw new ConflictError(
        `the person already has pledge ${overlap.id} for ${overlap.startMonth} to ${overlap.endMonth}; ` +
          'sponsors who share a person sign one pledge together',
        'input.startMonth',
      );
    }
    const pledge = await em.save(
      em.create(SponsorshipPledge, {
        unitCode: entry.unitCode,
        personId: entry.personId,
        householdId: entry.householdId,
        needsListEntryId: entry.id,
        amountPerMonth: input.sponsors.reduce((sum, s) => sum + s.amountPerMonth, 0),
        startMonth: start,
        endMonth: end,
        paymentMethod: input.paymentMethod,
        coordinatorSponsorId: coordinator,
        signedOn: input.signedOn,
        endedOn: null,
        endReason: null,
      }),
    );
    await em.insert(
      SponsorshipShare,
      input.sponsors.map((s) => ({
        pledgeId: pledge.id,
        sponsorId: s.sponsorId,
        amountPerMonth: s.amountPerMonth,
      })),
    );
    return pledge;
  });
}

export async function lockedPledge(em: EntityManager, ctx: Context, id: string) {
  const pledge = isUuid(id)
    ? await em.findOne(SponsorshipPledge, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!pledge) throw new NotFoundError('Sponsorship pledge', id);
  await assertCovers(ctx, pledge.unitCode);
  return pledge;
}

export async function endPledge(ctx: Context, id: string, input: EndSponsorshipPledgeInput) {
  const last = month(input.lastMonth, 'input.lastMonth');
  assertNotFuture(input.endedOn, 'input.endedOn');
  const saved = await ctx.dataSource.transaction(async (em) => {
    const pledge = await lockedPledge(em, ctx, id);
    if (last < pledge.startMonth || last >= pledge.endMonth) {
      throw new BadUserInputError(
        `the pledge runs ${pledge.startMonth} to ${pledge.endMonth}; the last month must be within it and before its end`,
        'input.lastMonth',
      );
    }
    if (input.endedOn < pledge.signedOn) {
      throw new BadUserInputError(`the pledge was signed on ${pledge.signedOn}`, 'input.endedOn');
    }
    const later = await em
      .getRepository(SponsorshipPayment)
      .createQueryBuilder('x')
      .where('x.pledge_id = :id AND x.month > :last', { id, last: monthStartDate(last) })
      .getOne();
    if (later) {
      throw new ConflictError(
        `${later.month} is already paid; the pledge cannot end before it`,
        'input.lastMonth',
      );
    }
    pledge.endMonth = last;
    pledge.endedOn = input.endedOn;
    pledge.endReason = input.reason.trim();
    return em.save(pledge);
  });
  ctx.loaders.pledge.clear(id);
  return saved;
}

/** SQL: the pledge has a due month up to :asOfMonth not paid in full. */
const inArrearsSql = `EXISTS (
  SELECT 1 FROM generate_series(p.start_month, LEAST(p.end_month, CAST(:asOfMonth AS date)), interval '1 month') AS m(month)
  WHERE NOT EXISTS (SELECT 1 FROM sponsorship_payment x
    WHERE x.pledge_id = p.id AND x.month = m.month::date AND x.amount >= p.amount_per_month))`;

export function listPledges(
  ctx: Context,
  filter: SponsorshipPledgeFilter,
  first: number,
  after?: string | null,
) {
  const qb = ctx.dataSource
    .getRepository(SponsorshipPledge)
    .createQueryBuilder('p')
    .where(inCallerUnitsSql('p'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('p'), { unitCode: filter.unitCode });
  if (filter.sponsorId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM sponsorship_pledge_sponsor s WHERE s.pledge_id = p.id AND s.sponsor_id = :sponsorId)',
      {
        sponsorId: filter.sponsorId,
      },
    );
  }
  if (filter.runningIn) {
    qb.andWhere('p.start_month <= :runEnd AND p.end_month >= :runStart', {
      runStart: monthStartDate(monthOfDate(filter.runningIn.start)),
      runEnd: filter.runningIn.end,
    });
  }
  if (filter.status) {
    const current = monthStartDate(monthOfDate(todayInVietnam()));
    const condition = {
      [Status.UPCOMING]: 'p.start_month > :current',
      [Status.ACTIVE]: 'p.start_month <= :current AND p.end_month >= :current',
      [Status.ENDED]: 'p.end_month < :current',
    }[filter.status];
    qb.andWhere(condition, { current });
  }
  if (filter.inArrearsOn) {
    qb.andWhere(inArrearsSql, { asOfMonth: monthStartDate(monthOfDate(filter.inArrearsOn)) });
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'p.unit_code', kind: 'text', of: (p) => p.unitCode },
        { sql: 'p.id', kind: 'uuid', of: (p) => p.id },
      ],
    },
    first,
    after,
  );
}
