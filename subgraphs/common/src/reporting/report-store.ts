import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../errors';
import type { Period } from '../period';
import { areaUnitsCte } from '../units/unit-subtree';
import { AreaReportRow, AreaReportStatus } from './area-report.entity';
import type { ReportSection } from './report-section';
import { AreaReportDecision } from './reporting.types';

/** Latest version and first submission of one section, unit and period: what timeliness is judged on. */
export interface ReportSummary {
  id: string;
  version: number;
  status: AreaReportStatus;
  firstSubmittedAt: Date | null;
}

export const reportKey = (section: string, unitCode: string, periodCode: string) =>
  `${section}|${unitCode}|${periodCode}`;

/** The changes a report version may go through after it was prepared, and who may not skip one. */
type Change = Pick<AreaReportRow, 'status'> &
  Partial<Pick<AreaReportRow, 'submittedAt' | 'submittedBy' | 'reviewedAt' | 'reviewedBy' | 'reviewComment'>>;

/**
 * The SQL and the state changes of report versions (draft → submitted → accepted, or returned → next version),
 * apart from GraphQL so the rules read in one place. `reportName` names the versions in NOT_FOUND errors.
 */
export class AreaReportStore {
  constructor(
    private readonly reportName: string,
    private readonly unitTable: string,
  ) {}

  find(db: DataSource, id: string): Promise<AreaReportRow | null> {
    return db.getRepository(AreaReportRow).findOneBy({ id });
  }

  /** Summaries of `reportKey`s in one statement, in the keys' order (null where nothing was prepared). */
  async summaries(db: DataSource, keys: readonly string[]): Promise<(ReportSummary | null)[]> {
    const parts = keys.map((k) => k.split('|'));
    const rows: {
      section: string;
      unit_code: string;
      period_code: string;
      id: string;
      version: number;
      status: AreaReportStatus;
      first_submitted_at: Date | null;
    }[] = await db.query(
      `SELECT section, unit_code, period_code,
          (array_agg(id ORDER BY version DESC))[1] AS id, max(version) AS version,
          (array_agg(status ORDER BY version DESC))[1] AS status, min(submitted_at) AS first_submitted_at
       FROM area_report
       WHERE (section, unit_code, period_code) IN
         (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
       GROUP BY section, unit_code, period_code`,
      [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
    );
    const found = new Map(
      rows.map((r) => [
        reportKey(r.section, r.unit_code, r.period_code),
        { id: r.id, version: r.version, status: r.status, firstSubmittedAt: r.first_submitted_at },
      ]),
    );
    return keys.map((k) => found.get(k) ?? null);
  }

  /** Versions for a unit and the units below it, newest period first; at most `first` (1 to 500). */
  async listIn(
    db: DataSource,
    unitCode: string,
    period: Period | null,
    section: ReportSection | null,
    first: number,
  ): Promise<AreaReportRow[]> {
    const rows: { id: string }[] = await db.query(
      `WITH RECURSIVE ${areaUnitsCte(this.unitTable)}
       SELECT r.id FROM area_report r JOIN area_unit a ON a.code = r.unit_code
       WHERE ($2::date IS NULL OR (r.period_start >= $2 AND r.period_end <= $3))
         AND ($4::text IS NULL OR r.section = $4)
       ORDER BY r.period_start DESC, r.period_end DESC, r.unit_code, r.section, r.version DESC
       LIMIT $5`,
      [[unitCode], period?.start ?? null, period?.end ?? null, section, Math.min(Math.max(first, 1), 500)],
    );
    if (!rows.length) return [];
    const full = await db
      .getRepository(AreaReportRow)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .getMany();
    const byId = new Map(full.map((r) => [r.id, r]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  /**
   * Takes the figures as a draft: again over an open draft, as the next version after a return; refused while
   * a version awaits review or once one was accepted. One section, unit and period at a time (advisory lock).
   */
  prepare(
    db: DataSource,
    at: { section: ReportSection; unitCode: string; period: Period },
    figures: Record<string, unknown>,
    preparedBy: string,
  ): Promise<AreaReportRow> {
    const { section, unitCode, period } = at;
    return db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        reportKey(section, unitCode, period.code),
      ]);
      const repo = em.getRepository(AreaReportRow);
      const latest = await repo.findOne({
        where: { section, unitCode, periodCode: period.code },
        order: { version: 'DESC' },
      });
      const what = `version ${latest?.version} of ${section} ${unitCode} ${period.code}`;
      if (latest?.status === AreaReportStatus.SUBMITTED) {
        throw new ConflictError(`${what} was submitted and awaits review`, 'section');
      }
      if (latest?.status === AreaReportStatus.ACCEPTED) {
        throw new ConflictError(`${what} was accepted; it is final`, 'section');
      }
      const takenAt = new Date();
      if (latest?.status === AreaReportStatus.DRAFT) {
        // jsonb through a parameter: typeorm's partial-entity type cannot describe a free-form figures object.
        await repo
          .createQueryBuilder()
          .update()
          .set({ figures: () => 'CAST(:figures AS jsonb)', takenAt, preparedBy })
          .setParameter('figures', JSON.stringify(figures))
          .where('id = :id', { id: latest.id })
          .execute();
        return { ...latest, figures, takenAt, preparedBy };
      }
      return repo.save(
        repo.create({
          figures,
          takenAt,
          preparedBy,
          section,
          unitCode,
          periodCode: period.code,
          periodStart: period.start,
          periodEnd: period.end,
          version: (latest?.version ?? 0) + 1,
          status: AreaReportStatus.DRAFT,
        }),
      );
    });
  }

  /** A draft goes to the People's Committee; its figures are frozen from now on. */
  submit(db: DataSource, id: string, by: string): Promise<AreaReportRow> {
    return this.move(db, id, AreaReportStatus.DRAFT, {
      status: AreaReportStatus.SUBMITTED,
      submittedAt: new Date(),
      submittedBy: by,
    });
  }

  /** A submitted version is accepted (final) or returned with the comment saying what to correct. */
  review(
    db: DataSource,
    id: string,
    decision: AreaReportDecision,
    comment: string | null,
    by: string,
  ): Promise<AreaReportRow> {
    return this.move(db, id, AreaReportStatus.SUBMITTED, {
      status: decision === AreaReportDecision.ACCEPT ? AreaReportStatus.ACCEPTED : AreaReportStatus.RETURNED,
      reviewedAt: new Date(),
      reviewedBy: by,
      reviewComment: comment,
    });
  }

  private move(db: DataSource, id: string, from: AreaReportStatus, change: Change): Promise<AreaReportRow> {
    return db.transaction(async (em: EntityManager) => {
      const repo = em.getRepository(AreaReportRow);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError(this.reportName, id);
      if (row.status !== from) {
        throw new ConflictError(`the report is ${row.status.toLowerCase()}, not ${from.toLowerCase()}`, 'id');
      }
      await repo.update({ id }, change);
      return { ...row, ...change };
    });
  }
}
