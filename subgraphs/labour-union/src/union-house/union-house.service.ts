import {
  BadUserInputError,
  ConflictError,
  keysetPage,
  NotFoundError,
  todayInVietnam,
} from '@chung-tay/common';
import { In, Not, type EntityManager } from 'typeorm';
import { assertCallerCoversUnit, assertUnionWriter } from '../access';
import { memberInTree } from '../care/care.service';
import { UnionHouseKind, UnionHouseStatus } from '../enums';
import { inPeriodSql, scopeQuery } from '../filters';
import type { Context } from '../context';
import type { UnionMember } from '../union-member/union-member.entity';
import { writableOrganisation } from '../union-organisation/union-organisation.service';
import { houseProgressProblem, transitionProblem, type HouseProgress } from './house-rules';
import { UnionHouse } from './union-house.entity';
import type { RecordUnionHouseInput, UnionHouseFilter, UpdateUnionHouseInput } from './union-house.input';

/** Proposals first, then by approval date, newest first. */
const APPROVAL_KEY = "COALESCE(u.approved_date, DATE '9999-12-31')";

export async function listUnionHouses(
  ctx: Context,
  filter: UnionHouseFilter,
  first: number,
  after?: string | null,
) {
  const qb = scopeQuery(
    ctx.dataSource.getRepository(UnionHouse).createQueryBuilder('u'),
    'u',
    ctx.caller,
    filter,
  );
  if (filter.status?.length) qb.andWhere('u.status IN (:...status)', { status: filter.status });
  if (filter.kind) qb.andWhere('u.kind = :kind', { kind: filter.kind });
  if (filter.fundingSource?.length) {
    qb.andWhere('u.funding_source IN (:...funding)', { funding: filter.fundingSource });
  }
  if (filter.householdId) qb.andWhere('u.household_id = :householdId', { householdId: filter.householdId });
  inPeriodSql(qb, 'u.approved_date', filter.approvedIn, 'approved');
  inPeriodSql(qb, 'u.completed_date', filter.completedIn, 'completed');
  return keysetPage(
    qb,
    {
      keys: [
        { sql: APPROVAL_KEY, kind: 'date', of: (u) => u.approvedDate ?? '9999-12-31' },
        { sql: 'u.id', kind: 'uuid', of: (u) => u.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

function assertProgress(progress: HouseProgress) {
  const problem = houseProgressProblem(progress, todayInVietnam());
  if (problem) throw new BadUserInputError(problem.message, `input.${problem.field}`);
}

/**
 * One grant in progress per member at a time, and one house built per household (or per member not yet linked
 * to the register), so a family is not granted twice for the same need.
 */
async function assertNoOverlap(
  em: EntityManager,
  member: UnionMember,
  kind: UnionHouseKind,
  exceptId?: string,
) {
  const repo = em.getRepository(UnionHouse);
  const others = { ...(exceptId ? { id: Not(exceptId) } : {}) };
  const open = await repo.findOneBy({
    ...others,
    memberId: member.id,
    status: In([UnionHouseStatus.PROPOSED, UnionHouseStatus.APPROVED]),
  });
  if (open)
    throw new ConflictError(
      `union member ${member.id} already has grant ${open.id} in progress`,
      'input.memberId',
    );
  if (kind === UnionHouseKind.BUILD) {
    const built = await repo.findOneBy({
      ...others,
      ...(member.householdId ? { householdId: member.householdId } : { memberId: member.id }),
      kind: UnionHouseKind.BUILD,
      status: Not(UnionHouseStatus.CANCELLED),
    });
    if (built) {
      throw new ConflictError(
        `the ${member.householdId ? "member's household" : 'member'} already has a house built (grant ${built.id})`,
        'input.memberId',
      );
    }
  }
}

export async function recordUnionHouse(ctx: Context, input: RecordUnionHouseInput) {
  assertUnionWriter(ctx.caller);
  const org = await writableOrganisation(ctx, input.unionOrganisationId, 'input.unionOrganisationId');
  const progress = {
    status: input.status,
    approvedDate: input.approvedDate ?? null,
    completedDate: input.completedDate ?? null,
  };
  assertProgress(progress);
  if (input.status === UnionHouseStatus.CANCELLED) {
    throw new BadUserInputError('record a grant before withdrawing it', 'input.status');
  }
  const member = await memberInTree(ctx, input.memberId, org, input.approvedDate ?? todayInVietnam());
  const saved = await ctx.dataSource.transaction(async (em) => {
    await assertNoOverlap(em, member, input.kind);
    return em.getRepository(UnionHouse).save(
      em.getRepository(UnionHouse).create({
        memberId: member.id,
        householdId: member.householdId,
        unionOrganisationId: org.id,
        unitCode: org.unitCode,
        kind: input.kind,
        grantAmount: input.grantAmount,
        fundingSource: input.fundingSource,
        ...progress,
        note: input.note?.trim() || null,
      }),
    );
  });
  return Object.assign(saved, { inCallerScope: true });
}

export async function updateUnionHouse(ctx: Context, id: string, input: UpdateUnionHouseInput) {
  assertUnionWriter(ctx.caller);
  const house = await ctx.loaders.house.load(id);
  if (!house) throw new NotFoundError('Union house', id);
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, house.unitCode);
  const status = input.status ?? house.status;
  const problem = transitionProblem(house.status, status);
  if (problem) throw new BadUserInputError(problem, 'input.status');
  const progress = {
    status,
    approvedDate: input.approvedDate ?? house.approvedDate,
    completedDate: input.completedDate ?? house.completedDate,
  };
  assertProgress(progress);
  if (input.grantAmount != null && house.status === UnionHouseStatus.COMPLETED) {
    throw new BadUserInputError('the house was handed over; its grant is final', 'input.grantAmount');
  }
  const changes: Partial<UnionHouse> = {
    ...progress,
    ...(input.grantAmount != null ? { grantAmount: input.grantAmount } : {}),
    ...(input.note != null ? { note: input.note.trim() || null } : {}),
  };
  await ctx.dataSource.transaction((em) => em.getRepository(UnionHouse).update(house.id, changes));
  ctx.loaders.house.clear(house.id);
  return Object.assign(house, changes);
}
