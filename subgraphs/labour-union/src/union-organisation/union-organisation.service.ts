import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  unitLineage,
  unitSubtreeSql,
} from '@chung-tay/common';
import { assertCallerCoversUnit, assertUnionWriter, organisationSubtreeSql } from '../access';
import { UnionOrganisationLevel } from '../enums';
import type { Context } from '../context';
import { inCallerUnitsSql } from '../access';
import { parentProblem } from './organisation-rules';
import { UnionOrganisation } from './union-organisation.entity';
import type { RegisterUnionOrganisationInput, UnionOrganisationFilter } from './union-organisation.input';

export async function listUnionOrganisations(
  ctx: Context,
  filter: UnionOrganisationFilter,
  first: number,
  after?: string | null,
) {
  const qb = ctx.dataSource
    .getRepository(UnionOrganisation)
    .createQueryBuilder('o')
    .where(inCallerUnitsSql('o'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) {
    qb.andWhere(`o.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  }
  if (filter.level?.length) qb.andWhere('o.level IN (:...levels)', { levels: filter.level });
  if (filter.withinId)
    qb.andWhere(`o.id IN (${organisationSubtreeSql('withinId')})`, { withinId: filter.withinId });
  return keysetPage(qb, { keys: [{ sql: 'o.code', kind: 'text', of: (o) => o.code }] }, first, after);
}

/** The organisation and its ancestors, nearest first (the tree is at most three levels deep). */
export async function organisationLineage(ctx: Context, id: string): Promise<UnionOrganisation[]> {
  const lineage: UnionOrganisation[] = [];
  for (let current: string | null = id; current && lineage.length < 5;) {
    const org: UnionOrganisation | null = await ctx.loaders.organisation.load(current);
    if (!org) break;
    lineage.push(org);
    current = org.parentId;
  }
  return lineage;
}

/** Whether `descendantId` is `ancestorId` or lies below it in the union tree. */
export async function isWithinOrganisation(ctx: Context, descendantId: string, ancestorId: string) {
  return (await organisationLineage(ctx, descendantId)).some((o) => o.id === ancestorId);
}

/**
 * Loads the organisation an input names and checks the caller may write for it: an organisation of the tree,
 * placed inside the caller's units, on a unit that still exists (records are kept on the 2025 units; a unit
 * retired in the reform only answers for the past through its successors).
 */
export async function writableOrganisation(ctx: Context, id: string, field: string) {
  const org = await ctx.loaders.organisation.load(id);
  if (!org) throw new BadUserInputError(`there is no union organisation ${id}`, field);
  await assertWritableOrganisation(ctx, org, field);
  return org;
}

/** writableOrganisation's rules for an organisation already found (an import finds them by code). */
export async function assertWritableOrganisation(ctx: Context, org: UnionOrganisation, field: string) {
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, org.unitCode);
  const unit = await ctx.loaders.unit.load(org.unitCode);
  if (unit?.validTo) {
    throw new BadUserInputError(
      `${org.name} is placed on ${unit.name} (${unit.code}), retired on ${unit.validTo}; record it under an ` +
        `organisation on the units that took it over (${unit.successorCodes.join(', ')})`,
      field,
    );
  }
}

export async function registerUnionOrganisation(ctx: Context, input: RegisterUnionOrganisationInput) {
  assertUnionWriter(ctx.caller);
  const unit = await ctx.loaders.unit.load(input.unitCode);
  if (!unit)
    throw new BadUserInputError(`there is no administrative unit ${input.unitCode}`, 'input.unitCode');
  if (unit.validTo) {
    throw new BadUserInputError(
      `${unit.name} (${unit.code}) was retired on ${unit.validTo}`,
      'input.unitCode',
    );
  }
  if (input.level === UnionOrganisationLevel.PROVINCE_FEDERATION && unit.level !== 'PROVINCE') {
    throw new BadUserInputError(
      `a province federation is placed on a province, not on ${unit.name} (${unit.code})`,
      'input.unitCode',
    );
  }
  const parent = input.parentId ? await ctx.loaders.organisation.load(input.parentId) : null;
  if (input.parentId && !parent) {
    throw new BadUserInputError(`there is no union organisation ${input.parentId}`, 'input.parentId');
  }
  const problem = parentProblem(input.level, parent?.level ?? null);
  if (problem) throw new BadUserInputError(problem, 'input.parentId');
  if (parent && !(await unitLineage((c) => ctx.loaders.unit.load(c), unit.code)).includes(parent.unitCode)) {
    throw new BadUserInputError(
      `${unit.name} (${unit.code}) is outside ${parent.name}'s unit ${parent.unitCode}`,
      'input.unitCode',
    );
  }
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, unit.code);

  try {
    return await ctx.dataSource.transaction(async (em) => {
      const repo = em.getRepository(UnionOrganisation);
      if (await repo.existsBy({ code: input.code })) {
        throw new ConflictError(`union organisation code ${input.code} is taken`, 'input.code');
      }
      if (
        input.level === UnionOrganisationLevel.PROVINCE_FEDERATION &&
        (await repo.existsBy({ level: input.level, unitCode: unit.code }))
      ) {
        throw new ConflictError(`${unit.name} already has a province federation`, 'input.unitCode');
      }
      const saved = await repo.save(
        repo.create({
          code: input.code,
          name: input.name.trim(),
          level: input.level,
          parentId: parent?.id ?? null,
          unitCode: unit.code,
        }),
      );
      return Object.assign(saved, { inCallerScope: true });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`union organisation code ${input.code} is taken`, 'input.code');
    throw error;
  }
}
