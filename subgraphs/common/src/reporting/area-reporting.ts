import DataLoader from 'dataloader';
import {
  Arg,
  Ctx,
  Directive,
  Info,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { hasRole, type Caller } from '../auth/caller';
import { todayInVietnam } from '../clock';
import type { RequestContext } from '../context';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { Discloser, FigureDisclosure } from '../disclosure';
import { isUuid } from '../ids';
import { ORGANISATION_NAMES, type SubgraphInfo } from '../organisations';
import { parsePeriod, PeriodScalar, type Period } from '../period';
import { areaUnitsCte } from '../units/unit-subtree';
import { AreaPeriod, areaPeriodReference, checkArea, type LoadAreaUnit } from './area-period';
import { AreaReportRow, AreaReportStatus } from './area-report.entity';
import { REPORT_SECTIONS, ReportSection, sectionsOf } from './report-section';
import {
  AreaReportDecision,
  AreaReporting,
  ExpectedReport,
  type ExpectedReportStatus,
} from './reporting.types';
import { requestLoader } from './request-loader';
import { countTimeliness, timelinessOf } from './timeliness';
import { EVERY_FIGURE, wantedBySelection, type WantedFigures } from './wanted-figures';
import type { GraphQLResolveInfo } from 'graphql';

type Context = RequestContext<unknown>;

/** A figure set carries how it was protected for its reader (see Discloser). */
export type DisclosedFigures = object & { disclosure?: FigureDisclosure | null };

export interface AreaReportingOptions<F extends DisclosedFigures> {
  info: SubgraphInfo;
  /** The organisation's indicators: a plain object type (no field resolvers), frozen as JSON in its reports. */
  figures: ClassType<F>;
  /**
   * The figures as a reader outside the organisation may see them: every count and amount built from the
   * organisation's records through `d.count` / `d.amount` (the threshold rule), derived ratios from the shown
   * figures. Applied to the area figures and to report versions alike; the organisation's own readers get them
   * exact.
   */
  disclose: (figures: F, d: Discloser) => F;
  /**
   * The indicators of one area, through per-request loaders so many areas cost a few statements. Figure sets
   * whose fields `wanted` says no to may be left out (`loadWanted`): GraphQL never reads fields it was not asked.
   */
  figuresOf: (ctx: never, area: AreaPeriod, wanted: WantedFigures) => Promise<F>;
  /** The unit rows of this subgraph (the People's Committee's own tree, or the copy in unit_tree). */
  loadUnit: (ctx: never) => LoadAreaUnit;
  /** Unit table for subtree SQL: `unit_tree` (default) or the People's Committee's `administrative_unit`. */
  unitTable?: string;
  /**
   * The People's Committee computes the expected reports itself; every other organisation receives them with
   * the entity (`@requires`), so the obligations live in one place.
   */
  expectedReports?: (ctx: never, area: AreaPeriod) => Promise<ExpectedReport[]>;
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^\w/, (c) => c.toUpperCase());
const reportKey = (section: string, unitCode: string, periodCode: string) =>
  `${section}|${unitCode}|${periodCode}`;

interface SubmissionSummary {
  id: string;
  version: number;
  status: AreaReportStatus;
  firstSubmittedAt: Date | null;
}

/**
 * Gives a subgraph its part of the cross-agency report: `AreaPeriod.<organisation>` (its indicators),
 * `AreaPeriod.<organisation>Reporting` (completeness and timeliness of its sections) and its report versions
 * (`prepare…`, `submit…`, `review…AreaReport`, `…AreaReports`), plus the AreaPeriod reference resolver.
 */
export function createAreaReporting<F extends DisclosedFigures>(options: AreaReportingOptions<F>) {
  const { info, figures } = options;
  const figuresOf = options.figuresOf as (
    ctx: Context,
    area: AreaPeriod,
    wanted: WantedFigures,
  ) => Promise<F>;
  const loadUnit = options.loadUnit as (ctx: Context) => LoadAreaUnit;
  const expectedLocally = options.expectedReports as
    ((ctx: Context, area: AreaPeriod) => Promise<ExpectedReport[]>) | undefined;
  const unitTable = options.unitTable ?? 'unit_tree';
  const org = camel(info.name);
  const Org = pascal(info.name);
  const sections = sectionsOf(info.name);
  const reportName = `${Org}AreaReport`;

  @ObjectType(reportName, {
    description: `One version of a ${info.name} report section for a unit and period, figures frozen when prepared.`,
  })
  class OrgAreaReport {
    @Field(() => ID, { description: 'This version of the report.' })
    id!: string;
    @Field(() => ReportSection, { description: 'The report section (one of the organisation’s own).' })
    section!: ReportSection;
    @Field({ description: 'GSO code of the unit the report covers (with the units below it).' })
    unitCode!: string;
    @Field(() => PeriodScalar, { description: 'The period the figures cover, e.g. 2025-Q1 or 2025.' })
    period!: Period;
    @Field(() => Int, {
      description: 'Version number, from 1; a returned report is corrected in the next one.',
    })
    version!: number;
    @Field(() => AreaReportStatus, {
      description: 'Where this version stands: draft, submitted, accepted or returned.',
    })
    status!: AreaReportStatus;
    @Field(() => figures, { description: 'The figures as they were when this version was prepared.' })
    figures!: F;
    @Field(() => GraphQLISODateTime, { description: 'When the figures were taken.' })
    takenAt!: Date;
    @Field({ description: 'Token subject of the officer who prepared this version.' })
    preparedBy!: string;
    @Field(() => GraphQLISODateTime, {
      nullable: true,
      description: "When it was sent to the People's Committee.",
    })
    submittedAt!: Date | null;
    @Field(() => String, { nullable: true, description: 'Token subject of the officer who submitted it.' })
    submittedBy!: string | null;
    @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted or returned.' })
    reviewedAt!: Date | null;
    @Field(() => String, {
      nullable: true,
      description: "Token subject of the People's Committee officer who reviewed it.",
    })
    reviewedBy!: string | null;
    @Field(() => String, { nullable: true, description: "Why the People's Committee returned it." })
    reviewComment!: string | null;
  }

  /** The figures for this reader: exact for the organisation's own people, under the threshold rule else. */
  const shown = (caller: Caller, raw: F): F => {
    const d = new Discloser(caller.org === info.name, info.name);
    return { ...(d.exact ? raw : options.disclose(raw, d)), disclosure: d.note() };
  };

  const toReport = (caller: Caller, row: AreaReportRow): OrgAreaReport => ({
    ...row,
    period: parsePeriod(row.periodCode),
    figures: shown(caller, row.figures as F),
  });

  const writerProblem = (caller: Caller) =>
    caller.org !== info.name || !hasRole(caller, 'officer', 'admin')
      ? `Only ${info.name} officers prepare and submit its reports`
      : null;

  async function readableRow(ctx: Context, id: string, field = 'id'): Promise<AreaReportRow> {
    if (!isUuid(id)) throw new BadUserInputError(`"${id}" is not a report id`, field);
    const row = await ctx.dataSource.getRepository(AreaReportRow).findOneBy({ id });
    if (!row) throw new NotFoundError(reportName, id);
    await checkArea(ctx.caller, loadUnit(ctx), row.unitCode, parsePeriod(row.periodCode));
    return row;
  }

  /** Latest version and first submission of each section/unit/period asked for, one statement per batch. */
  const summaries = (ctx: Context) =>
    requestLoader(
      ctx,
      `${org}:reportSummaries`,
      () =>
        new DataLoader<string, SubmissionSummary | null>(async (keys) => {
          const parts = keys.map((k) => k.split('|'));
          const rows: {
            section: string;
            unit_code: string;
            period_code: string;
            id: string;
            version: number;
            status: AreaReportStatus;
            first_submitted_at: Date | null;
          }[] = await ctx.dataSource.query(
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
        }),
    );

  async function reporting(ctx: Context, expected: ExpectedReport[]): Promise<AreaReporting> {
    const own = expected.filter((e) => sections.includes(e.section));
    const today = todayInVietnam();
    const found = await Promise.all(
      own.map((e) => summaries(ctx).load(reportKey(e.section, e.unitCode, e.period.code))),
    );
    const reports: ExpectedReportStatus[] = own.map((e, i) => {
      const s = found[i];
      const submittedOn = s?.firstSubmittedAt ? todayInVietnam(new Date(s.firstSubmittedAt)) : null;
      return {
        ...e,
        timeliness: timelinessOf(e.dueOn, submittedOn, today),
        submittedOn,
        status: s?.status ?? null,
        version: s?.version ?? null,
        reportId: s?.id ?? null,
      };
    });
    return {
      ...countTimeliness(reports),
      accepted: reports.filter((r) => r.status === AreaReportStatus.ACCEPTED).length,
      returned: reports.filter((r) => r.status === AreaReportStatus.RETURNED).length,
      reports,
    };
  }

  const expectedFromEntity = (area: AreaPeriod & { reportsExpected?: unknown[] }): ExpectedReport[] =>
    (area.reportsExpected ?? []).map((raw) => {
      const e = raw as { section: ReportSection; unitCode: string; period: string | Period; dueOn: string };
      return { ...e, period: typeof e.period === 'string' ? parsePeriod(e.period) : e.period };
    });

  // AreaPeriod is the People's Committee's; the fields another organisation adds to it are nullable, so that
  // when that organisation's service cannot be reached the gateway still answers the rest of the area.
  const contributed = !expectedLocally;
  const unreachable = contributed
    ? ` Null when the ${ORGANISATION_NAMES[info.name].en}'s service cannot be reached.`
    : '';

  @Resolver(() => AreaPeriod)
  class AreaFiguresResolver {
    @FieldResolver(() => figures, {
      name: org,
      nullable: contributed,
      description: `${info.name}: its indicators for the area.${unreachable}`,
    })
    async figures(@Root() area: AreaPeriod, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return shown(ctx.caller, await figuresOf(ctx, area, wantedBySelection(info)));
    }
  }

  const REQUIRES = '@requires(fields: "reportsExpected { section unitCode period dueOn }")';

  @Resolver(() => AreaPeriod)
  class RequiredReportingResolver {
    @FieldResolver(() => [ExpectedReport], {
      name: 'reportsExpected',
      description:
        "Reports expected from the area's units for periods inside the period (People's Committee).",
    })
    @Directive('@external')
    reportsExpected(@Root() area: AreaPeriod) {
      return expectedFromEntity(area);
    }

    @FieldResolver(() => AreaReporting, {
      name: `${org}Reporting`,
      nullable: true,
      description: `Completeness and timeliness of the ${info.name} sections expected for the area.${unreachable}`,
    })
    @Directive(REQUIRES)
    orgReporting(@Root() area: AreaPeriod, @Ctx() ctx: Context) {
      return reporting(ctx, expectedFromEntity(area));
    }
  }

  @Resolver(() => AreaPeriod)
  class LocalReportingResolver {
    @FieldResolver(() => AreaReporting, {
      name: `${org}Reporting`,
      description: `Completeness and timeliness of the ${info.name} sections expected for the area.`,
    })
    async orgReporting(@Root() area: AreaPeriod, @Ctx() ctx: Context) {
      return reporting(ctx, await expectedLocally!(ctx, area));
    }
  }

  @Resolver(() => OrgAreaReport)
  class AreaReportResolver {
    @Query(() => OrgAreaReport, { name: `${org}AreaReport`, description: `One ${info.name} report version.` })
    async areaReport(
      @Arg('id', () => ID, { description: 'A report version’s id.' }) id: string,
      @Ctx() ctx: Context,
    ) {
      return toReport(ctx.caller, await readableRow(ctx, id));
    }

    @Query(() => [OrgAreaReport], {
      name: `${org}AreaReports`,
      description: `${info.name} report versions for a unit and the units below it, newest period first.`,
    })
    async areaReports(
      @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
      unitCode: string,
      @Arg('period', () => PeriodScalar, {
        nullable: true,
        description: 'Reports for periods inside this one.',
      })
      period: Period | null,
      @Arg('section', () => ReportSection, { nullable: true, description: 'Only this section.' })
      section: ReportSection | null,
      @Arg('first', () => Int, { defaultValue: 100, description: 'At most 500.' }) first: number,
      @Ctx() ctx: Context,
    ) {
      await checkArea(ctx.caller, loadUnit(ctx), unitCode, period ?? parsePeriod('2000'));
      const rows: { id: string }[] = await ctx.dataSource.query(
        `WITH RECURSIVE ${areaUnitsCte(unitTable)}
         SELECT r.id FROM area_report r JOIN area_unit a ON a.code = r.unit_code
         WHERE ($2::date IS NULL OR (r.period_start >= $2 AND r.period_end <= $3))
           AND ($4::text IS NULL OR r.section = $4)
         ORDER BY r.period_start DESC, r.period_end DESC, r.unit_code, r.section, r.version DESC
         LIMIT $5`,
        [[unitCode], period?.start ?? null, period?.end ?? null, section, Math.min(Math.max(first, 1), 500)],
      );
      if (!rows.length) return [];
      const full = await ctx.dataSource
        .getRepository(AreaReportRow)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
        .getMany();
      const byId = new Map(full.map((r) => [r.id, r]));
      return rows.map((r) => toReport(ctx.caller, byId.get(r.id)!));
    }

    @Mutation(() => OrgAreaReport, {
      name: `prepare${Org}AreaReport`,
      description:
        "Takes the section's figures for a unit and period as a draft (again, if a draft exists); after a " +
        'return, starts the next version.',
    })
    async prepare(
      @Arg('section', () => ReportSection, { description: 'One of the organisation’s sections.' })
      section: ReportSection,
      @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
      unitCode: string,
      @Arg('period', () => PeriodScalar, { description: 'The period to report, e.g. 2025-Q1.' })
      period: Period,
      @Ctx() ctx: Context,
    ) {
      const problem = writerProblem(ctx.caller);
      if (problem) throw new ForbiddenError(problem);
      if (!sections.includes(section)) {
        throw new BadUserInputError(
          `${section} is reported by ${REPORT_SECTIONS[section].organisation}, not ${info.name}`,
          'section',
        );
      }
      const area = await checkArea(ctx.caller, loadUnit(ctx), unitCode, period);
      const taken = JSON.parse(JSON.stringify(await figuresOf(ctx, area, EVERY_FIGURE))) as Record<
        string,
        unknown
      >;
      const row = await ctx.dataSource.transaction(async (em) => {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
          reportKey(section, unitCode, period.code),
        ]);
        const repo = em.getRepository(AreaReportRow);
        const latest = await repo.findOne({
          where: { section, unitCode, periodCode: period.code },
          order: { version: 'DESC' },
        });
        if (latest?.status === AreaReportStatus.SUBMITTED) {
          throw new ConflictError(
            `version ${latest.version} of ${section} ${unitCode} ${period.code} was submitted and awaits review`,
            'section',
          );
        }
        if (latest?.status === AreaReportStatus.ACCEPTED) {
          throw new ConflictError(
            `version ${latest.version} of ${section} ${unitCode} ${period.code} was accepted; it is final`,
            'section',
          );
        }
        const draft = { figures: taken, takenAt: new Date(), preparedBy: ctx.caller.subject };
        if (latest?.status === AreaReportStatus.DRAFT) {
          await repo.update({ id: latest.id }, draft as never);
          return { ...latest, ...draft };
        }
        return repo.save(
          repo.create({
            ...draft,
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
      ctx.audit.write(`prepare${Org}AreaReport`, [row.id]);
      return toReport(ctx.caller, row);
    }

    @Mutation(() => OrgAreaReport, {
      name: `submit${Org}AreaReport`,
      description: "Sends a draft to the People's Committee; its figures are frozen from now on.",
    })
    async submit(
      @Arg('id', () => ID, { description: 'A draft version’s id.' }) id: string,
      @Ctx() ctx: Context,
    ) {
      const problem = writerProblem(ctx.caller);
      if (problem) throw new ForbiddenError(problem);
      await readableRow(ctx, id);
      const row = await moveFrom(ctx, id, AreaReportStatus.DRAFT, {
        status: AreaReportStatus.SUBMITTED,
        submittedAt: new Date(),
        submittedBy: ctx.caller.subject,
      });
      ctx.audit.write(`submit${Org}AreaReport`, [id]);
      return toReport(ctx.caller, row);
    }

    @Mutation(() => OrgAreaReport, {
      name: `review${Org}AreaReport`,
      description: "The People's Committee accepts a submitted version, or returns it with a comment.",
    })
    async review(
      @Arg('id', () => ID, { description: 'A submitted version’s id.' }) id: string,
      @Arg('decision', () => AreaReportDecision, { description: 'Accept it, or return it for correction.' })
      decision: AreaReportDecision,
      @Arg('comment', () => String, {
        nullable: true,
        description: 'Why it is returned; required to return.',
      })
      comment: string | null,
      @Ctx() ctx: Context,
    ) {
      if (ctx.caller.org !== 'people-committee' || !hasRole(ctx.caller, 'officer', 'admin')) {
        throw new ForbiddenError("Only People's Committee officers review reports");
      }
      const text = comment?.trim() || null;
      if (decision === AreaReportDecision.RETURN && !text) {
        throw new BadUserInputError('say what to correct when returning a report', 'comment');
      }
      await readableRow(ctx, id);
      const row = await moveFrom(ctx, id, AreaReportStatus.SUBMITTED, {
        status:
          decision === AreaReportDecision.ACCEPT ? AreaReportStatus.ACCEPTED : AreaReportStatus.RETURNED,
        reviewedAt: new Date(),
        reviewedBy: ctx.caller.subject,
        reviewComment: text,
      });
      ctx.audit.write(`review${Org}AreaReport`, [id]);
      return toReport(ctx.caller, row);
    }
  }

  async function moveFrom(
    ctx: Context,
    id: string,
    from: AreaReportStatus,
    change: Partial<AreaReportRow>,
  ): Promise<AreaReportRow> {
    return ctx.dataSource.transaction(async (em) => {
      const repo = em.getRepository(AreaReportRow);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError(reportName, id);
      if (row.status !== from) {
        throw new ConflictError(`the report is ${row.status.toLowerCase()}, not ${from.toLowerCase()}`, 'id');
      }
      await repo.update({ id }, change as never);
      return { ...row, ...change };
    });
  }

  return {
    resolvers: [
      AreaFiguresResolver,
      expectedLocally ? LocalReportingResolver : RequiredReportingResolver,
      AreaReportResolver,
    ] as const,
    /** AreaPeriod is reached from no root field of an extending subgraph: add it to the schema's orphanedTypes. */
    orphanedTypes: [AreaPeriod],
    references: areaPeriodReference<Context>((ctx) => loadUnit(ctx)),
  };
}
