import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  isUuid,
  keysetPage,
  NotFoundError,
  todayInVietnam,
} from '@chung-tay/common';
import { In, IsNull } from 'typeorm';
import { assertCovers, currentUnit, inCallerUnitsSql, inUnitSubtreeSql } from '../access';
import { assertNotFuture } from '../fund/fund.service';
import type { Context } from '../context';
import { monthOfDate, monthStartDate } from '../months';
import { SponsorshipPledge } from '../sponsorship/pledge.entity';
import { NeedsListEntry } from './needs-list-entry.entity';
import type { NeedsListFilter, ReceiveNeedsListInput, RemoveFromNeedsListInput } from './needs.input';

/** SQL: the entry has a pledge running in the month of :month (a first-of-month date). */
export const coveredSql = (alias: string) =>
  `EXISTS (SELECT 1 FROM sponsorship_pledge p WHERE p.needs_list_entry_id = ${alias}.id
     AND p.start_month <= :month AND p.end_month >= :month)`;

/** A name as the list gives it, spaces tidied; the Front's copy must name someone and fit a form's line. */
export function listedName(name: string, field: string): string {
  const tidy = name.trim().replace(/\s+/g, ' ');
  if (!tidy) throw new BadUserInputError('must name the person', field);
  if (tidy.length > 100) throw new BadUserInputError(`is ${tidy.length} characters; at most 100`, field);
  return tidy;
}

/** A year of birth the list gives cannot come after the list itself. */
export function assertBornBy(birthYear: number | null | undefined, listedOn: string, field: string): void {
  if (birthYear != null && birthYear > Number(listedOn.slice(0, 4))) {
    throw new BadUserInputError(`${birthYear} is after the list's date`, field);
  }
}

export async function receiveNeedsList(
  ctx: Context,
  input: ReceiveNeedsListInput,
): Promise<NeedsListEntry[]> {
  const unit = await currentUnit(ctx.loaders, input.unitCode, ['COMMUNE'], 'input.unitCode');
  await assertCovers(ctx, unit.code);
  assertNotFuture(input.listedOn, 'input.listedOn');
  const seen = new Map<string, number>();
  const names = input.people.map((p, i) => {
    if (seen.has(p.personId)) {
      throw new BadUserInputError(
        `the same person as people[${seen.get(p.personId)}]`,
        `input.people[${i}].personId`,
      );
    }
    seen.set(p.personId, i);
    assertBornBy(p.birthYear, input.listedOn, `input.people[${i}].birthYear`);
    return listedName(p.fullName, `input.people[${i}].fullName`);
  });
  try {
    return await ctx.dataSource.transaction(async (em) => {
      const listed = await em.find(NeedsListEntry, {
        where: { personId: In([...seen.keys()]), removedOn: IsNull() },
      });
      if (listed.length) {
        const i = seen.get(listed[0]!.personId)!;
        throw new ConflictError(
          `is already on the needs list of ${listed[0]!.unitCode} since ${listed[0]!.listedOn}`,
          `input.people[${i}].personId`,
        );
      }
      return em.save(
        input.people.map((p, i) =>
          em.create(NeedsListEntry, {
            unitCode: unit.code,
            personId: p.personId,
            householdId: p.householdId,
            fullName: names[i],
            birthYear: p.birthYear ?? null,
            listedOn: input.listedOn,
            sourceDocument: input.sourceDocument?.trim() || null,
            removedOn: null,
            removalReason: null,
            note: p.note ?? null,
          }),
        ),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('someone on the list was listed meanwhile', 'input.people');
    throw error;
  }
}

export async function removeFromNeedsList(ctx: Context, id: string, input: RemoveFromNeedsListInput) {
  assertNotFuture(input.removedOn, 'input.removedOn');
  const entry = isUuid(id) ? await ctx.loaders.needsEntry.load(id) : null;
  if (!entry) throw new NotFoundError('Needs list entry', id);
  await assertCovers(ctx, entry.unitCode);
  if (input.removedOn < entry.listedOn) {
    throw new BadUserInputError(`the person was listed on ${entry.listedOn}`, 'input.removedOn');
  }
  const saved = await ctx.dataSource.transaction(async (em) => {
    // The entry row is the lock pledges for this person take too, so no pledge is signed meanwhile.
    const locked = await em.findOne(NeedsListEntry, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (locked!.removedOn) throw new ConflictError(`left the list on ${locked!.removedOn}`, 'id');
    const running = await em
      .getRepository(SponsorshipPledge)
      .createQueryBuilder('p')
      .where('p.needs_list_entry_id = :id AND p.end_month > :month', {
        id,
        month: monthStartDate(monthOfDate(input.removedOn)),
      })
      .getOne();
    if (running) {
      throw new ConflictError(
        `pledge ${running.id} runs to ${running.endMonth}; end it first (endSponsorshipPledge)`,
        'input.removedOn',
      );
    }
    locked!.removedOn = input.removedOn;
    locked!.removalReason = input.reason;
    if (input.note) locked!.note = input.note;
    return em.save(locked!);
  });
  ctx.loaders.needsEntry.clear(id);
  return saved;
}

export function listNeeds(ctx: Context, filter: NeedsListFilter, first: number, after?: string | null) {
  const qb = ctx.dataSource
    .getRepository(NeedsListEntry)
    .createQueryBuilder('n')
    .where(inCallerUnitsSql('n'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('n'), { unitCode: filter.unitCode });
  if (!filter.includeRemoved) qb.andWhere('n.removed_on IS NULL');
  if (filter.householdId) qb.andWhere('n.household_id = :householdId', { householdId: filter.householdId });
  if (filter.covered != null) {
    qb.andWhere(filter.covered ? coveredSql('n') : `NOT ${coveredSql('n')}`, {
      month: monthStartDate(monthOfDate(todayInVietnam())),
    });
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'n.unit_code', kind: 'text', of: (n) => n.unitCode },
        { sql: 'n.id', kind: 'uuid', of: (n) => n.id },
      ],
    },
    first,
    after,
  );
}
