import type { ApolloServer } from '@apollo/server';
import type { Caller, TokenVerifier } from '@chung-tay/common';
import express from 'express';
import { ExportRefused, runOperation, type ExportContext } from '../exports/operation';
import { admitCaller, ImportSlots, refuse } from './admission';
import { BodyTooSlow, readBody } from './body';
import { importKind, IMPORT_KINDS, type ImportKind } from './kinds';
import { FileTooLarge, UnreadableFile, uploadLimits, type UploadLimits } from './limits';
import { isHeadingOf, mapColumns, rowValues, type ImportRowValues } from './rows';
import { readSheet } from './sheet';

export interface ImportsOptions {
  apollo: ApolloServer<ExportContext>;
  verifyToken: TokenVerifier;
  /** GATEWAY_MAX_IMPORT_BYTES: the largest file one import takes. */
  maxBytes: number;
}

/** Files read at once (see ImportSlots). */
const IMPORTS_AT_ONCE = 2;

/** The register's batch match takes this many national IDs per call. */
const MATCH_BATCH = 1000;

interface SubgraphReport {
  imported: boolean;
  rows: number;
  records: number;
  created: number;
  unchanged: number;
  problemCount: number;
  problems: { row: number; column: string; problem: string; value: string | null }[];
}

const MATCHES = `query ImportMatches($ids: [String!]!) {
  registerMatches(nationalIds: $ids) { nationalId match { person { id } household { id } } } }`;

/** personId and householdId for the rows whose national ID the register knows within the caller's units. */
async function linkToRegister(apollo: ImportsOptions['apollo'], caller: Caller, rows: ImportRowValues[]) {
  const ids = [
    ...new Set(rows.map((r) => r.nationalId).filter((id): id is string => typeof id === 'string')),
  ];
  const found = new Map<string, { personId: string; householdId: string }>();
  for (let i = 0; i < ids.length; i += MATCH_BATCH) {
    const data = await runOperation<{
      registerMatches: {
        nationalId: string;
        match: { person: { id: string }; household: { id: string } } | null;
      }[];
    }>(apollo, caller, MATCHES, { ids: ids.slice(i, i + MATCH_BATCH) });
    for (const { nationalId, match } of data.registerMatches) {
      if (match) found.set(nationalId, { personId: match.person.id, householdId: match.household.id });
    }
  }
  for (const row of rows) {
    const link = typeof row.nationalId === 'string' ? found.get(row.nationalId) : undefined;
    row.personId = link?.personId ?? null;
    row.householdId = link?.householdId ?? null;
  }
  return found.size;
}

/** What POST /imports/<kind> answers (and `npm run import -- --json` prints). */
export interface ImportFileReport extends SubgraphReport {
  kind: string;
  fileName: string;
  /** Headings of columns the kind does not have (such as STT), left out. */
  ignoredColumns: string[];
  /** Rows whose national ID was found in the register (member and needs lists only). */
  linkedToRegister?: number;
  /** `column` is the file's own heading, `field` the graph's name for it. */
  problems: (SubgraphReport['problems'][number] & { field: string })[];
  seconds: number;
  rowsPerSecond: number;
}

async function runImport(
  options: ImportsOptions,
  kind: ImportKind,
  caller: Caller,
  fileName: string,
  body: Buffer,
  limits: UploadLimits,
): Promise<ImportFileReport> {
  const started = performance.now();
  const sheet = await readSheet(body, isHeadingOf(kind), limits);
  const mapping = mapColumns(kind, sheet.headings);
  const timing = () => {
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds: Number(seconds.toFixed(3)),
      rowsPerSecond: Math.round(sheet.rows.length / Math.max(seconds, 0.001)),
    };
  };
  const base = { kind: kind.name, fileName, ignoredColumns: mapping.ignored };
  if (mapping.missing.length) {
    const problems = mapping.missing.map((c) => ({
      row: sheet.headerRow,
      column: c.headings[0]!,
      field: c.field,
      problem: `the column is missing (headings accepted: ${c.headings.join(', ')})`,
      value: null,
    }));
    return {
      ...base,
      imported: false,
      rows: sheet.rows.length,
      records: 0,
      created: 0,
      unchanged: 0,
      problemCount: problems.length,
      problems,
      ...timing(),
    };
  }
  const rows = rowValues(sheet, mapping);
  const linked = kind.linksToRegister ? await linkToRegister(options.apollo, caller, rows) : undefined;
  const data = await runOperation<Record<string, SubgraphReport>>(
    options.apollo,
    caller,
    `mutation Import($input: ${kind.inputType}!) { ${kind.mutation}(input: $input) {
      imported rows records created unchanged problemCount problems { row column problem value } } }`,
    { input: { fileName, rows } },
  );
  const report = data[kind.mutation]!;
  return {
    ...base,
    ...report,
    ...(linked != null ? { linkedToRegister: linked } : {}),
    problems: report.problems.map((p) => ({
      ...p,
      column: mapping.headingOf[p.column] ?? p.column,
      field: p.column,
    })),
    ...timing(),
  };
}

/**
 * POST /imports/<households|union-members|needs-list>?fileName=… with the .xlsx or .csv file as the body and the
 * caller's `Authorization`. The caller is checked before the body is read (401, 403); the body is refused as it
 * arrives once over the limit (413), and read row by row within UploadLimits (413 over a bound, 400 unreadable).
 * The owning subgraph then checks every row with the caller's access and writes all of it or nothing: 200 with
 * the report when imported, 422 with every problem (row, column, problem, value) when not. Refusals come as JSON
 * in the GraphQL error shape.
 */
export function importsRouter(options: ImportsOptions): express.Router {
  const router = express.Router();
  const limits = uploadLimits(options.maxBytes);
  const slots = new ImportSlots(IMPORTS_AT_ONCE);
  router.get('/', (_req, res) => {
    res.json(IMPORT_KINDS.map(({ name, description, columns }) => ({ name, description, columns })));
  });
  router.post('/:kind', async (req, res) => {
    let release = () => {};
    try {
      const kind = importKind(String(req.params.kind));
      if (!kind)
        throw new ExportRefused(
          404,
          `no such import; the hub imports ${IMPORT_KINDS.map((k) => k.name).join(', ')}`,
          'NOT_FOUND',
        );
      const caller = await admitCaller(options.verifyToken, req.headers.authorization, kind);
      release = slots.take(caller.org);
      const body = await readBody(req, limits.maxBytes);
      if (!body.length)
        throw new ExportRefused(400, 'send the .xlsx or .csv file as the request body', 'BAD_USER_INPUT');
      const fileName = String(req.query.fileName ?? '').trim() || `${kind.name}.upload`;
      const report = await runImport(options, kind, caller, fileName.slice(0, 200), body, limits);
      res.status(report.imported ? 200 : 422).json(report);
    } catch (error) {
      if (error instanceof FileTooLarge)
        return refuse(req, res, new ExportRefused(413, error.message, 'PAYLOAD_TOO_LARGE'));
      if (error instanceof BodyTooSlow)
        return refuse(req, res, new ExportRefused(408, error.message, 'REQUEST_TIMEOUT'));
      if (error instanceof UnreadableFile)
        return refuse(req, res, new ExportRefused(400, error.message, 'BAD_USER_INPUT'));
      if (error instanceof ExportRefused) return refuse(req, res, error);
      console.error('[gateway] import failed:', error);
      res.status(500).json(new ExportRefused(500, 'The import failed', 'INTERNAL_SERVER_ERROR').toJSON());
    } finally {
      release();
    }
  });
  return router;
}
