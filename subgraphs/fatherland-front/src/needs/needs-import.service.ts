import { randomUUID } from 'node:crypto';
import {
  assertImportSize,
  BadUserInputError,
  ConflictError,
  groupRows,
  ImportProblems,
  isUniqueViolation,
  type ImportReport,
  insertInChunks,
} from '@chung-tay/common';
import { In, IsNull } from 'typeorm';
import { assertCurrentUnit, covers } from '../access';
import type { Context } from '../context';
import type { ImportNeedsListInput, NeedsListRowInput } from './needs-import.input';
import { NeedsListEntry } from './needs-list-entry.entity';
import { assertBornBy, listedName } from './needs.service';

interface ReadRow {
  cells: NeedsListRowInput;
  unitCode: string | null;
  listedOn: string | null;
  sourceDocument: string | null;
  fullName: string | null;
  birthYear: number | null;
  nationalId: string | null;
  note: string | null;
}

/** Runs one of receiveNeedsList's rules through the problem list: its value, or null with the problem filed. */
function checked<T>(p: ImportProblems, cells: NeedsListRowInput, rule: () => T): T | null {
  let value: T | null = null;
  p.check(cells.row, cells, () => {
    value = rule();
  });
  return value;
}

/** Reads one row's cells into the hub's values, filing a problem for every wrong cell. */
function readRow(p: ImportProblems, r: NeedsListRowInput): ReadRow {
  const unitCode = p.text(r.row, 'unitCode', r.unitCode, {
    required: true,
    pattern: /^\d{5}$/,
    patternMessage: 'must be the 5-digit code of a commune or ward',
  });
  const listedOn = p.date(r.row, 'listedOn', r.listedOn, { required: true });
  const sourceDocument = p.text(r.row, 'sourceDocument', r.sourceDocument, { max: 200 });
  const fullName = checked(p, r, () => listedName(r.fullName ?? '', 'row.fullName'));
  const birthYear = p.integer(r.row, 'birthYear', r.birthYear, { min: 1900 });
  if (listedOn) p.check(r.row, r, () => assertBornBy(birthYear, listedOn, 'row.birthYear'));
  const nationalId = p.text(r.row, 'nationalId', r.nationalId, {
    required: true,
    pattern: /^\d{12}$/,
    patternMessage: 'must be exactly 12 digits (format the column as text so leading zeros stay)',
  });
  if (nationalId && !r.personId) {
    p.add(r.row, 'nationalId', "is not in the register of your units (People's Committee)", r.nationalId);
  }
  const note = p.text(r.row, 'note', r.note, { max: 500 });
  return { cells: r, unitCode, listedOn, sourceDocument, fullName, birthYear, nationalId, note };
}

/** receiveNeedsList's unit rules, checked once per unit code the file names and filed on each of its rows. */
async function checkUnits(ctx: Context, p: ImportProblems, read: ReadRow[]): Promise<void> {
  for (const [code, rows] of groupRows(read, (x) => x.unitCode)) {
    const unit = await ctx.loaders.unit.load(code);
    let current = true;
    for (const { cells } of rows) {
      current =
        p.check(cells.row, cells, () => assertCurrentUnit(unit, code, ['COMMUNE'], 'row.unitCode')) &&
        current;
    }
    if (!current || (await covers(ctx, code))) continue;
    const outside = `is outside the units your token covers (${ctx.caller.units.join(', ')})`;
    for (const { cells } of rows) p.add(cells.row, 'unitCode', outside, cells.unitCode);
  }
}

/**
 * Imports a needs list: every row checked, then every person not yet listed entered in one transaction, or
 * nobody when any row has a problem. A person already listed for the same commune on the same day counts as
 * unchanged, so importing the same file twice changes nothing; one listed elsewhere or on another day is a
 * problem (they leave that list first, as with receiveNeedsList).
 */
export async function importNeedsList(ctx: Context, input: ImportNeedsListInput): Promise<ImportReport> {
  assertImportSize(input.rows);
  input.rows.forEach((r, i) => {
    // The gateway fills both ids from one register match; one without the other is its bug, not the file's.
    if (r.personId && !r.householdId)
      throw new BadUserInputError('is required with personId', `input.rows[${i}].householdId`);
  });
  const p = new ImportProblems();
  const read = input.rows.map((r) => readRow(p, r));
  await checkUnits(ctx, p, read);
  const people = groupRows(read, (x) => x.cells.personId ?? x.nationalId);
  for (const [, [first, ...again]] of people) {
    for (const { cells } of again)
      p.add(cells.row, 'nationalId', `is also on row ${first!.cells.row}`, cells.nationalId);
  }

  const report = (created: number, unchanged: number) =>
    p.report({ fileName: input.fileName, rows: input.rows.length, records: people.size, created, unchanged });

  const firsts = [...people.values()].map((rows) => rows[0]!).filter((x) => x.cells.personId);
  try {
    return await ctx.dataSource.transaction(async (em) => {
      const listed = firsts.length
        ? await em.find(NeedsListEntry, {
            where: { personId: In(firsts.map((x) => x.cells.personId!)), removedOn: IsNull() },
          })
        : [];
      const byPerson = new Map(listed.map((n) => [n.personId, n]));
      let unchanged = 0;
      const fresh: Partial<NeedsListEntry>[] = [];
      for (const x of firsts) {
        const current = byPerson.get(x.cells.personId!);
        if (current) {
          if (current.unitCode === x.unitCode && current.listedOn === x.listedOn) unchanged += 1;
          else {
            p.add(
              x.cells.row,
              'nationalId',
              `is already on the needs list of ${current.unitCode} since ${current.listedOn}`,
              x.cells.nationalId,
            );
          }
          continue;
        }
        if (!x.unitCode || !x.listedOn || !x.fullName) continue;
        fresh.push({
          id: randomUUID(),
          unitCode: x.unitCode,
          personId: x.cells.personId!,
          householdId: x.cells.householdId!,
          fullName: x.fullName,
          birthYear: x.birthYear,
          listedOn: x.listedOn,
          sourceDocument: x.sourceDocument,
          note: x.note,
        });
      }
      if (p.count > 0) return report(0, unchanged);
      await insertInChunks(em, NeedsListEntry, fresh);
      if (fresh.length)
        ctx.audit.write(
          'importNeedsList.created',
          fresh.map((n) => n.id!),
        );
      return report(fresh.length, unchanged);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('someone on the list was listed meanwhile; import the file again');
    }
    throw error;
  }
}
