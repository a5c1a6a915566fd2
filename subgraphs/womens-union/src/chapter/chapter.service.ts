import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  unitLineage,
  unitSubtreeSql,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertWriterCovers, inCallerReachSql } from '../access';
import { WomensUnionChapterLevel as Level } from '../enums';
import type { Loaders } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import { WomensUnionChapter } from './chapter.entity';
import type { CreateWomensUnionChapterInput, WomensUnionChapterFilter } from './chapter.input';

/** The levels a chapter of each level may hang under. */
const PARENT_LEVELS: Record<Level, Level[]> = {
  PROVINCE: [],
  DISTRICT: [Level.PROVINCE],
  COMMUNE: [Level.PROVINCE, Level.DISTRICT],
  BRANCH: [Level.COMMUNE],
};

export async function listChapters(
  dataSource: DataSource,
  caller: Caller,
  filter: WomensUnionChapterFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(WomensUnionChapter)
    .createQueryBuilder('c')
    .where(inCallerReachSql('c'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`c.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
  if (filter.parentId) {
    assertUuid(filter.parentId, 'filter.parentId');
    qb.andWhere('c.parent_id = :parentId', { parentId: filter.parentId });
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'length(c.unit_code)', kind: 'int', of: (c) => c.unitCode.length },
        { sql: 'c.unit_code', kind: 'text', of: (c) => c.unitCode },
        { sql: 'c.rank', kind: 'int', of: (c) => c.rank },
        { sql: 'c.name', kind: 'text', of: (c) => c.name },
        { sql: 'c.id', kind: 'uuid', of: (c) => c.id },
      ],
    },
    first,
    after,
  );
}

/** Which unit a new chapter sits on, checked against its level and its parent's unit. */
async function chapterUnit(
  loaders: Loaders,
  input: CreateWomensUnionChapterInput,
  parent: WomensUnionChapter | null,
): Promise<string> {
  if (input.level === Level.BRANCH) {
    if (input.unitCode && input.unitCode !== parent!.unitCode) {
      throw new BadUserInputError(
        `a branch works in its commune chapter's unit ${parent!.unitCode}; leave the unit code out`,
        'input.unitCode',
      );
    }
    return parent!.unitCode;
  }
  const code = input.unitCode ?? (input.level === Level.DISTRICT ? parent!.unitCode : null);
  if (!code) throw new BadUserInputError(`a ${input.level} chapter needs its unit code`, 'input.unitCode');
  const unit = await loaders.unit.load(code);
  if (!unit) throw new BadUserInputError(`there is no administrative unit ${code}`, 'input.unitCode');
  if (unit.validTo) {
    throw new BadUserInputError(`${unit.name} (${code}) was retired on ${unit.validTo}`, 'input.unitCode');
  }
  const expected =
    input.level === Level.DISTRICT
      ? code === parent!.unitCode
        ? unit.level // a district union on its (post-2025) province
        : 'DISTRICT'
      : input.level;
  if (unit.level !== expected) {
    throw new BadUserInputError(
      `a ${input.level} chapter works on a ${expected === 'DISTRICT' ? 'district (or its province)' : expected.toLowerCase()} unit; ${unit.name} (${code}) is a ${unit.level.toLowerCase()}`,
      'input.unitCode',
    );
  }
  if (parent && !(await unitLineage((c) => loaders.unit.load(c), code)).includes(parent.unitCode)) {
    throw new BadUserInputError(
      `${unit.name} (${code}) is not inside the parent chapter's unit ${parent.unitCode}`,
      'input.unitCode',
    );
  }
  return code;
}

export async function createChapter(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: CreateWomensUnionChapterInput,
): Promise<WomensUnionChapter> {
  let parent: WomensUnionChapter | null = null;
  if (input.level === Level.PROVINCE) {
    if (input.parentId) {
      throw new BadUserInputError(
        'a province union is the top of the tree; leave the parent out',
        'input.parentId',
      );
    }
  } else {
    if (!input.parentId)
      throw new BadUserInputError(`a ${input.level} chapter needs its parent`, 'input.parentId');
    assertUuid(input.parentId, 'input.parentId');
    parent = await loaders.chapter.load(input.parentId);
    if (!parent) throw new BadUserInputError(`there is no chapter ${input.parentId}`, 'input.parentId');
    if (!PARENT_LEVELS[input.level].includes(parent.level)) {
      throw new BadUserInputError(
        `a ${input.level} chapter goes under a ${PARENT_LEVELS[input.level].join(' or ')} chapter; ${parent.name} is a ${parent.level}`,
        'input.parentId',
      );
    }
  }
  const unitCode = await chapterUnit(loaders, input, parent);
  await assertWriterCovers(caller, loaders, unitCode);
  if (input.formedOn) assertNotFuture(input.formedOn, 'input.formedOn');
  const name = input.name.trim().replace(/\s+/g, ' ');

  try {
    return await dataSource.transaction(async (em) => {
      const repo = em.getRepository(WomensUnionChapter);
      if (input.level === Level.PROVINCE || input.level === Level.COMMUNE) {
        const existing = await repo.findOneBy({ unitCode, level: input.level });
        if (existing) {
          throw new ConflictError(
            `unit ${unitCode} already has its ${input.level} chapter: ${existing.name}`,
            'input.unitCode',
          );
        }
      } else {
        const clash = await repo
          .createQueryBuilder('c')
          .where('c.parent_id = :parentId AND lower(c.name) = lower(:name)', { parentId: parent!.id, name })
          .getExists();
        if (clash)
          throw new ConflictError(`${parent!.name} already has a chapter named ${name}`, 'input.name');
      }
      const id = randomUUID();
      await repo.insert({
        id,
        name,
        level: input.level,
        unitCode,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        formedOn: input.formedOn ?? null,
      });
      return repo.findOneByOrFail({ id });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('a chapter like this one already exists', 'input.name');
    throw error;
  }
}
