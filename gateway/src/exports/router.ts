import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import { HubError, tryParsePeriod, PERIOD_FORMAT, type Caller, type TokenVerifier } from '@chung-tay/common';
import express from 'express';
import { areaSummaryPlan, areaSummaryWorkbook, type AreaSummaryData } from './area-summary';
import {
  columnsFor,
  householdList,
  householdListParams,
  writeHouseholdList,
  type HouseholdListFilter,
} from './household-list';
import { ExportRefused, runOperation, type ExportContext } from './operation';
import { UNION_FUND_REPORT_QUERY, unionFundWorkbook, type UnionFundReportData } from './union-fund-report';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportsOptions {
  apollo: ApolloServer<ExportContext>;
  /** The gateway whose supergraph the cross-agency summary reads its figure types from. */
  gateway: ApolloGateway;
  verifyToken: TokenVerifier;
}

interface AreaParams {
  unitCode: string;
  period: string;
}

/** unitCode and period from the query string, checked enough to name the file; the graph checks the rest. */
function areaParams(req: express.Request): AreaParams {
  const unitCode = typeof req.query.unitCode === 'string' ? req.query.unitCode.trim() : '';
  const period = typeof req.query.period === 'string' ? req.query.period.trim() : '';
  if (!/^\d{2,5}$/.test(unitCode)) {
    throw new ExportRefused(
      400,
      'unitCode must be the GSO code of an administrative unit (2 to 5 digits)',
      'BAD_USER_INPUT',
      'unitCode',
    );
  }
  if (!tryParsePeriod(period)) {
    throw new ExportRefused(
      400,
      `period must be a period code: ${PERIOD_FORMAT}`,
      'BAD_USER_INPUT',
      'period',
    );
  }
  return { unitCode, period };
}

/**
 * What an export sends: a workbook built from one complete answer, or one written to the response as its pages
 * are read (`write` may fail only after its first page was read and checked).
 */
type Download = { fileName: string } & (
  { workbook: Buffer } | { write: (out: express.Response) => Promise<void> }
);

/**
 * An export endpoint: the caller's token is checked as /graphql checks it, and any refusal comes back as JSON in
 * the GraphQL error shape. A written workbook that fails after its first bytes were sent is cut off (the
 * connection closes without the zip's directory), so the client never holds a half-filled workbook.
 */
function exportRoute<P>(
  options: ExportsOptions,
  build: (caller: Caller, params: P) => Promise<Download>,
  paramsOf: (req: express.Request) => P,
): express.RequestHandler {
  return async (req, res) => {
    try {
      const caller = await options.verifyToken(req.headers.authorization).catch((error: unknown) => {
        if (error instanceof HubError) throw new ExportRefused(401, error.message, 'UNAUTHENTICATED');
        throw error;
      });
      const download = await build(caller, paramsOf(req));
      res.status(200).set({
        'content-type': XLSX_CONTENT_TYPE,
        'content-disposition': `attachment; filename="${download.fileName}"`,
        'cache-control': 'no-store',
      });
      if ('workbook' in download) res.send(download.workbook);
      else await download.write(res);
    } catch (error) {
      if (res.headersSent) {
        console.error('[gateway] export cut off:', error instanceof Error ? error.message : error);
        res.destroy();
        return;
      }
      res.removeHeader('content-disposition');
      if (error instanceof ExportRefused) {
        res.status(error.status).json(error.toJSON());
        return;
      }
      console.error('[gateway] export failed:', error);
      res.status(500).json(new ExportRefused(500, 'The export failed', 'INTERNAL_SERVER_ERROR').toJSON());
    }
  };
}

/** An export of one area and period (`unitCode`, `period` in the query string). */
const areaExportRoute = (
  options: ExportsOptions,
  build: (caller: Caller, params: AreaParams) => Promise<Download>,
) => exportRoute(options, build, areaParams);

/**
 * GET /exports/union-fund-report.xlsx?unitCode=75&period=2026 — the Labour Union's seed 001 template.
 * GET /exports/area-summary.xlsx?unitCode=75&period=2026-Q3 — every organisation's figures and reports.
 * GET /exports/households.xlsx?unitCode=75&status=POOR,NEAR_POOR&poorCategory=A&socialProtection=true&reviewYear=2025
 *   — the register's households the filter selects, with the columns the caller may see.
 * Each needs `Authorization: Bearer <token>` and runs its query through the gateway for the verified caller.
 */
export function exportsRouter(options: ExportsOptions): express.Router {
  const router = express.Router();
  router.get(
    '/union-fund-report.xlsx',
    areaExportRoute(options, async (caller, { unitCode, period }) => {
      const data = await runOperation<UnionFundReportData>(options.apollo, caller, UNION_FUND_REPORT_QUERY, {
        unitCode,
        period,
      });
      return {
        fileName: `bao-cao-quy-vi-nguoi-ngheo-${unitCode}-${period}.xlsx`,
        workbook: await unionFundWorkbook(data, unitCode),
      };
    }),
  );
  router.get(
    '/area-summary.xlsx',
    areaExportRoute(options, async (caller, { unitCode, period }) => {
      if (!options.gateway.schema)
        throw new ExportRefused(503, 'The gateway has not loaded its schema yet', 'UNAVAILABLE');
      const plan = areaSummaryPlan(options.gateway.schema);
      const data = await runOperation<AreaSummaryData>(options.apollo, caller, plan.query, {
        unitCode,
        period,
      });
      return {
        fileName: `tong-hop-${unitCode}-${period}.xlsx`,
        workbook: await areaSummaryWorkbook(plan, data),
      };
    }),
  );
  router.get(
    '/households.xlsx',
    exportRoute<HouseholdListFilter>(
      options,
      async (caller, filter) => {
        const list = await householdList(options.apollo, caller, filter);
        return {
          fileName: `danh-sach-ho-${filter.unitCode}${filter.status ? `-${filter.status.join('-').toLowerCase()}` : ''}.xlsx`,
          write: (out) => writeHouseholdList(out, list, filter, columnsFor(caller)),
        };
      },
      (req) => householdListParams(req.query),
    ),
  );
  return router;
}
