import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  NotFoundError,
  todayInVietnam,
} from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { assertCallerCoversUnit, assertUnionWriter } from '../access';
import { UnionMemberStatus, UnionOrganisationLevel } from '../enums';
import { inPeriodSql, scopeQuery } from '../filters';
import type { Context } from '../context';
import type { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import {
  assertWritableOrganisation,
  writableOrganisation,
} from '../union-organisation/union-organisation.service';
import { UnionMember } from './union-member.entity';
import type {
  RegisterUnionMemberInput,
  UnionMemberFilter,
  UpdateUnionMemberInput,
} from './union-member.input';

/** The Vietnamese trade union was founded on 28 July 1929; no membership is older. */
const FOUNDED = '1929-07-28';

export async function listUnionMembers(
  ctx: Context,
  filter: UnionMemberFilter,
  first: number,
  after?: string | null,
) {
  const qb = scopeQuery(
    ctx.dataSource.getRepository(UnionMember).createQueryBuilder('m'),
    'm',
    ctx.caller,
    filter,
  );
  if (filter.status?.length) qb.andWhere('m.status IN (:...status)', { status: filter.status });
  if (filter.linked != null) qb.andWhere(`m.person_id IS ${filter.linked ? 'NOT NULL' : 'NULL'}`);
  if (filter.householdId) qb.andWhere('m.household_id = :householdId', { householdId: filter.householdId });
  inPeriodSql(qb, 'm.joined_date', filter.joinedIn, 'joined');
  return keysetPage(
    qb,
    { keys: [{ sql: 'm.member_number', kind: 'text', of: (m) => m.memberNumber }] },
    first,
    after,
  );
}

/** The member an input names, which the caller may change (its union organisation lies inside their units). */
export async function writableMember(ctx: Context, id: string, field: string) {
  const member = await ctx.loaders.member.load(id);
  if (!member) {
    if (field === 'id') throw new NotFoundError('Union member', id);
    throw new BadUserInputError(`there is no union member ${id}`, field);
  }
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, member.unitCode);
  return member;
}

async function grassrootsUnion(ctx: Context, id: string, field: string) {
  const org = await writableOrganisation(ctx, id, field);
  assertGrassroots(org, field);
  return org;
}

/** grassrootsUnion's rules for an organisation already found (an import finds them by code). */
export async function assertGrassrootsUnion(ctx: Context, org: UnionOrganisation, field: string) {
  await assertWritableOrganisation(ctx, org, field);
  assertGrassroots(org, field);
}

function assertGrassroots(org: UnionOrganisation, field: string) {
  if (org.level !== UnionOrganisationLevel.GRASSROOTS_UNION) {
    throw new BadUserInputError(
      `members belong to a grassroots union, and ${org.name} is a ${org.level}`,
      field,
    );
  }
}

export function checkDate(date: string, field: string, what: string) {
  if (date > todayInVietnam()) throw new BadUserInputError(`${what} ${date} is in the future`, field);
  if (date < FOUNDED) throw new BadUserInputError(`${what} ${date} is before the union was founded`, field);
}

/** A link to the register is a person with their household, as registerMatch returns them: both or neither. */
export function checkLink(
  personId: string | null | undefined,
  householdId: string | null | undefined,
  at: string,
) {
  if (!personId !== !householdId) {
    throw new BadUserInputError(
      'give both personId and householdId from registerMatch, or neither',
      `${at}.${personId ? 'householdId' : 'personId'}`,
    );
  }
}

export const personTaken = (personId: string, holderId: string) =>
  `person ${personId} is already linked to union member ${holderId}`;

/** A person is a member once: a second link to the same person is a conflict naming the field. */
async function assertPersonFree(
  em: EntityManager,
  personId: string,
  exceptMemberId: string | null,
  field: string,
) {
  const holder = await em.getRepository(UnionMember).findOneBy({ personId });
  if (holder && holder.id !== exceptMemberId) {
    throw new ConflictError(personTaken(personId, holder.id), field);
  }
}

const uniqueConflict = (error: unknown) =>
  isUniqueViolation(error)
    ? new ConflictError('the member number or the person is already in the union register')
    : error;

export async function registerUnionMember(ctx: Context, input: RegisterUnionMemberInput) {
  assertUnionWriter(ctx.caller);
  const org = await grassrootsUnion(ctx, input.unionOrganisationId, 'input.unionOrganisationId');
  checkDate(input.joinedDate, 'input.joinedDate', 'joined date');
  checkLink(input.personId, input.householdId, 'input');
  try {
    return await ctx.dataSource.transaction(async (em) => {
      const repo = em.getRepository(UnionMember);
      if (await repo.existsBy({ memberNumber: input.memberNumber })) {
        throw new ConflictError(`member number ${input.memberNumber} is taken`, 'input.memberNumber');
      }
      if (input.personId) await assertPersonFree(em, input.personId, null, 'input.personId');
      const saved = await repo.save(
        repo.create({
          memberNumber: input.memberNumber,
          fullName: input.fullName.trim(),
          unionOrganisationId: org.id,
          unitCode: org.unitCode,
          workplace: input.workplace.trim(),
          joinedDate: input.joinedDate,
          status: UnionMemberStatus.ACTIVE,
          statusSince: input.joinedDate,
          personId: input.personId ?? null,
          householdId: input.householdId ?? null,
          linkedAt: input.personId ? new Date() : null,
        }),
      );
      return Object.assign(saved, { inCallerScope: true });
    });
  } catch (error) {
    throw uniqueConflict(error);
  }
}

export async function updateUnionMember(ctx: Context, id: string, input: UpdateUnionMemberInput) {
  assertUnionWriter(ctx.caller);
  const member = await writableMember(ctx, id, 'id');
  const org = input.unionOrganisationId
    ? await grassrootsUnion(ctx, input.unionOrganisationId, 'input.unionOrganisationId')
    : null;
  const changes: Partial<UnionMember> = {};
  if (input.fullName) changes.fullName = input.fullName.trim();
  if (input.workplace) changes.workplace = input.workplace.trim();
  if (org) Object.assign(changes, { unionOrganisationId: org.id, unitCode: org.unitCode });
  if (input.statusDate && !input.status) {
    throw new BadUserInputError('a status date goes with a new status', 'input.statusDate');
  }
  if (input.status && input.status !== member.status) {
    const since = input.statusDate ?? todayInVietnam();
    checkDate(since, 'input.statusDate', 'status date');
    if (since < member.statusSince) {
      throw new BadUserInputError(
        `the current status dates from ${member.statusSince}; a new one cannot start before it`,
        'input.statusDate',
      );
    }
    Object.assign(changes, { status: input.status, statusSince: since });
  }
  if (!Object.keys(changes).length) return member;
  await ctx.dataSource.transaction((em) => em.getRepository(UnionMember).update(member.id, changes));
  ctx.loaders.member.clear(member.id);
  return Object.assign(member, changes, { inCallerScope: true });
}

/**
 * Links a member to the People's Committee's register with the ids registerMatch returned. Only the ids are
 * kept; the household's status is read through the graph (Household.status).
 */
export async function linkUnionMemberToRegister(
  ctx: Context,
  memberId: string,
  personId: string,
  householdId: string,
) {
  assertUnionWriter(ctx.caller);
  const member = await writableMember(ctx, memberId, 'memberId');
  return ctx.dataSource
    .transaction(async (em) => {
      await assertPersonFree(em, personId, member.id, 'personId');
      const changes = { personId, householdId, linkedAt: new Date() };
      await em.getRepository(UnionMember).update(member.id, changes);
      ctx.loaders.member.clear(member.id);
      return Object.assign(member, changes, { inCallerScope: true });
    })
    .catch((error) => {
      throw uniqueConflict(error);
    });
}
