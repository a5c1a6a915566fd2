import { BadUserInputError, keysetPage, unitSubtreeSql, type Caller } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertWriterCovers, inCallerUnitsSql } from '../access';
import type { Loaders } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import { WomensUnionSupportActivity } from './support-activity.entity';
import type { RecordWomensUnionSupportInput, WomensUnionSupportFilter } from './support.input';

export async function listSupport(
  dataSource: DataSource,
  caller: Caller,
  filter: WomensUnionSupportFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(WomensUnionSupportActivity)
    .createQueryBuilder('s')
    .where(inCallerUnitsSql('s'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`s.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.chapterId) {
    assertUuid(filter.chapterId, 'filter.chapterId');
    qb.andWhere(
      `s.chapter_id IN (SELECT c.id FROM chapter c JOIN chapter t ON c.path LIKE t.path || '%' WHERE t.id = :chapterId)`,
      { chapterId: filter.chapterId },
    );
  }
  if (filter.kind?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: filter.kind });
  if (filter.period)
    qb.andWhere('s.date BETWEEN :start AND :end', { start: filter.period.start, end: filter.period.end });
  if (filter.householdId) {
    assertUuid(filter.householdId, 'filter.householdId');
    qb.andWhere('s.household_id = :householdId', { householdId: filter.householdId });
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 's.date', kind: 'date', of: (s) => s.date },
        { sql: 's.id', kind: 'uuid', of: (s) => s.id },
      ],
    },
    first,
    after,
  );
}

export async function recordSupport(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RecordWomensUnionSupportInput,
): Promise<WomensUnionSupportActivity> {
  assertUuid(input.chapterId, 'input.chapterId');
  const chapter = await loaders.chapter.load(input.chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${input.chapterId}`, 'input.chapterId');
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  assertUuid(input.householdId, 'input.householdId');
  if (input.personId) assertUuid(input.personId, 'input.personId');
  assertNotFuture(input.date, 'input.date');
  if (chapter.formedOn && input.date < chapter.formedOn) {
    throw new BadUserInputError(`${chapter.name} was formed on ${chapter.formedOn}`, 'input.date');
  }
  return dataSource.getRepository(WomensUnionSupportActivity).save({
    chapterId: chapter.id,
    unitCode: chapter.unitCode,
    kind: input.kind,
    householdId: input.householdId,
    personId: input.personId ?? null,
    date: input.date,
    value: input.value,
    note: input.note ?? null,
  });
}
