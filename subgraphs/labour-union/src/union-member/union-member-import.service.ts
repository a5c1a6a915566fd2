import { randomUUID } from 'node:crypto';
import {
  assertImportSize,
  callerCoversUnit,
  ConflictError,
  ForbiddenError,
  groupRows,
  ImportProblems,
  isUniqueViolation,
  isUuid,
  type ImportReport,
  insertInChunks,
} from '@chung-tay/common';
import { In, type EntityManager } from 'typeorm';
import { UnionMemberStatus } from '../enums';
import type { Context } from '../context';
import { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { UnionMember } from './union-member.entity';
import type { ImportUnionMemberListInput, UnionMemberListRowInput } from './union-member-import.input';
import { assertGrassrootsUnion, checkDate, checkLink, personTaken } from './union-member.service';

interface Member {
  row: number;
  memberNumber: string;
  fullName: string;
  organisationCode: string;
  workplace: string;
  joinedDate: string;
  personId: string | null;
  householdId: string | null;
}

/** A row as read: the member when every cell is right, and its two keys even when another cell is wrong. */
interface Read {
  r: UnionMemberListRowInput;
  memberNumber: string | null;
  organisationCode: string | null;
  member: Member | null;
}

/** The ids the gateway took from registerMatches; anything else names no one in the register. */
function registerId(p: ImportProblems, r: UnionMemberListRowInput, column: 'personId' | 'householdId') {
  const value = r[column]?.trim();
  if (!value) return null;
  if (isUuid(value)) return value;
  p.add(r.row, column, 'must be the id registerMatches returned', r[column]);
  return null;
}

/** Reads one row's cells into the hub's values, filing a problem for every wrong cell. */
function readRow(p: ImportProblems, r: UnionMemberListRowInput): Read {
  const before = p.count;
  const memberNumber = p.text(r.row, 'memberNumber', r.memberNumber, {
    required: true,
    pattern: /^[A-Z0-9-]{4,20}$/,
    patternMessage: 'must be 4–20 capital letters, digits or dashes',
  });
  const fullName = p.text(r.row, 'fullName', r.fullName, { required: true, min: 2, max: 120 });
  p.text(r.row, 'nationalId', r.nationalId, {
    pattern: /^\d{12}$/,
    patternMessage: 'must be exactly 12 digits (format the column as text so leading zeros stay)',
  });
  const organisationCode = p.text(r.row, 'unionOrganisationCode', r.unionOrganisationCode, {
    required: true,
    pattern: /^[A-Z0-9-]{3,30}$/,
    patternMessage: 'must be the code of a grassroots union (3–30 capital letters, digits or dashes)',
  });
  const workplace = p.text(r.row, 'workplace', r.workplace, { required: true, min: 2, max: 200 });
  const joinedDate = p.date(r.row, 'joinedDate', r.joinedDate, { required: true });
  if (joinedDate) p.check(r.row, r, () => checkDate(joinedDate, 'row.joinedDate', 'joined date'));
  const personId = registerId(p, r, 'personId');
  const householdId = registerId(p, r, 'householdId');
  p.check(r.row, r, () => checkLink(personId, householdId, 'row'));
  if (p.count > before) return { r, memberNumber, organisationCode, member: null };
  return {
    r,
    memberNumber,
    organisationCode,
    member: {
      row: r.row,
      memberNumber: memberNumber!,
      fullName: fullName!,
      organisationCode: organisationCode!,
      workplace: workplace!,
      joinedDate: joinedDate!,
      personId,
      householdId,
    },
  };
}

/**
 * Imports a union's member list: every row checked, then every new member written in one transaction, or
 * nothing when any row has a problem. A member already in the register exactly as the file gives them counts as
 * unchanged, so importing the same file twice changes nothing; one that differs is a problem (members change
 * through updateUnionMember and linkUnionMemberToRegister, not by overwriting them from a file).
 */
export async function importUnionMemberList(
  ctx: Context,
  input: ImportUnionMemberListInput,
): Promise<ImportReport> {
  assertImportSize(input.rows);
  const p = new ImportProblems();
  const read = input.rows.map((r) => readRow(p, r));
  const numbers = groupRows(read, (x) => x.memberNumber);
  for (const [, [first, ...again]] of numbers) {
    for (const x of again) p.add(x.r.row, 'memberNumber', `is also on row ${first!.r.row}`, x.r.memberNumber);
  }
  const seenPersons = new Map<string, number>();
  for (const { member: m } of read) {
    if (!m?.personId) continue;
    const earlier = seenPersons.get(m.personId);
    if (earlier) p.add(m.row, 'personId', `is also on row ${earlier}`, m.personId);
    else seenPersons.set(m.personId, m.row);
  }
  const unions = await grassrootsUnions(ctx, p, read);
  // A repeated member number is already a problem: its first row alone is compared with the register.
  const members = [...numbers.values()].flatMap(([x]) =>
    x!.member && unions.has(x!.member.organisationCode) ? [x!.member] : [],
  );

  const report = (created: number, unchanged: number) =>
    p.report({
      fileName: input.fileName,
      rows: input.rows.length,
      records: numbers.size,
      created,
      unchanged,
    });

  try {
    return await ctx.dataSource.transaction(async (em) => {
      const existing = numbers.size
        ? await em.findBy(UnionMember, { memberNumber: In([...numbers.keys()]) })
        : [];
      const byNumber = new Map(existing.map((m) => [m.memberNumber, m]));
      const holders = seenPersons.size
        ? await em.find(UnionMember, {
            where: { personId: In([...seenPersons.keys()]) },
            select: ['id', 'memberNumber', 'personId'],
          })
        : [];
      const holderOf = new Map(holders.map((h) => [h.personId!, h]));
      const codeOf = await organisationCodes(em, existing, unions);
      const covered = await coveredUnits(ctx, existing);

      let unchanged = 0;
      const fresh: Member[] = [];
      for (const m of members) {
        const holder = m.personId ? holderOf.get(m.personId) : undefined;
        if (holder && holder.memberNumber !== m.memberNumber) {
          p.add(m.row, 'personId', personTaken(m.personId!, holder.id), m.personId);
        }
        const current = byNumber.get(m.memberNumber);
        if (!current) fresh.push(m);
        else if (sameAsRegister(p, current, m, codeOf, covered)) unchanged += 1;
      }
      if (p.count > 0) return report(0, unchanged);
      const ids = await writeMembers(em, fresh, unions);
      if (ids.length) ctx.audit.write('importUnionMemberList.created', ids);
      return report(ids.length, unchanged);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        'another change added some of these member numbers or people meanwhile; import the file again',
      );
    }
    throw error;
  }
}

const ORGANISATION_FIELD = 'row.unionOrganisationCode';

/**
 * The file's union organisations, found by code in one statement and held to registerUnionMember's rules; an
 * organisation outside the caller's units is a problem of the cell here, not a refusal of the whole file.
 */
async function grassrootsUnions(ctx: Context, p: ImportProblems, read: Read[]) {
  const codes = groupRows(read, (x) => x.organisationCode);
  const found = codes.size
    ? await ctx.dataSource.getRepository(UnionOrganisation).findBy({ code: In([...codes.keys()]) })
    : [];
  const byCode = new Map(found.map((o) => [o.code, o]));
  // All at once, so that the unit loader reads each level of the tree in one statement.
  const refusals = await Promise.all(
    [...codes.keys()].map((code) => {
      const org = byCode.get(code);
      return org
        ? assertGrassrootsUnion(ctx, org, ORGANISATION_FIELD).then(
            () => null,
            (e: unknown) => e,
          )
        : null;
    }),
  );
  const unions = new Map<string, UnionOrganisation>();
  for (const [i, [code, rows]] of [...codes].entries()) {
    const org = byCode.get(code);
    const refusal = refusals[i];
    for (const { r } of rows) {
      if (!org) p.add(r.row, 'unionOrganisationCode', 'is not the code of a union organisation', code);
      else if (refusal instanceof ForbiddenError)
        p.add(r.row, 'unionOrganisationCode', refusal.message, code);
      else if (refusal)
        p.check(r.row, r, () => {
          throw refusal;
        });
    }
    if (org && !refusal) unions.set(code, org);
  }
  return unions;
}

/** Codes of the organisations members are in, for naming a stored one that differs from the file's. */
async function organisationCodes(
  em: EntityManager,
  existing: UnionMember[],
  unions: Map<string, UnionOrganisation>,
) {
  const codeOf = new Map([...unions.values()].map((o) => [o.id, o.code]));
  const missing = [...new Set(existing.map((m) => m.unionOrganisationId))].filter((id) => !codeOf.has(id));
  if (missing.length) {
    for (const o of await em.findBy(UnionOrganisation, { id: In(missing) })) codeOf.set(o.id, o.code);
  }
  return codeOf;
}

/** The units of members already in the register that the caller's units cover. */
async function coveredUnits(ctx: Context, existing: UnionMember[]) {
  const codes = [...new Set(existing.map((m) => m.unitCode))];
  const covers = await Promise.all(
    codes.map((code) => callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), code)),
  );
  return new Set(codes.filter((_, i) => covers[i]));
}

/** Whether a member already in the register is exactly what the file says; each difference is a problem. */
function sameAsRegister(
  p: ImportProblems,
  current: UnionMember,
  m: Member,
  codeOf: Map<string, string>,
  covered: Set<string>,
): boolean {
  if (!covered.has(current.unitCode)) {
    p.add(m.row, 'memberNumber', 'is the number of a member outside your units', m.memberNumber);
    return false;
  }
  const before = p.count;
  const differs = (column: string, ours: string | null, theirs: string | null) => {
    if (ours === theirs) return;
    p.add(
      m.row,
      column,
      `member ${m.memberNumber} is in the register with ${theirs ?? 'none'}; ` +
        'an import adds members, it does not change them',
      ours,
    );
  };
  differs('fullName', m.fullName, current.fullName);
  differs('unionOrganisationCode', m.organisationCode, codeOf.get(current.unionOrganisationId) ?? null);
  differs('workplace', m.workplace, current.workplace);
  differs('joinedDate', m.joinedDate, current.joinedDate);
  if (m.personId) differs('personId', m.personId, current.personId);
  return p.count === before;
}

async function writeMembers(em: EntityManager, fresh: Member[], unions: Map<string, UnionOrganisation>) {
  const linkedAt = new Date();
  const rows = fresh.map((m) => {
    const org = unions.get(m.organisationCode)!;
    return {
      id: randomUUID(),
      memberNumber: m.memberNumber,
      fullName: m.fullName,
      unionOrganisationId: org.id,
      unitCode: org.unitCode,
      workplace: m.workplace,
      joinedDate: m.joinedDate,
      status: UnionMemberStatus.ACTIVE,
      statusSince: m.joinedDate,
      personId: m.personId,
      householdId: m.householdId,
      linkedAt: m.personId ? linkedAt : null,
    };
  });
  await insertInChunks(em, UnionMember, rows);
  return rows.map((r) => r.id);
}
