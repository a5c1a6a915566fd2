import DataLoader from 'dataloader';
import {
  Arg,
  Ctx,
  Directive,
  Info,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { hasRole, type Caller } from '../auth/caller';
import { todayInVietnam } from '../clock';
import type { RequestContext } from '../context';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors';
import { Discloser } from '../disclosure';
import { isUuid } from '../ids';
import { ORGANISATION_NAMES } from '../organisations';
import { futurePeriodProblem, parsePeriod, PeriodScalar, type Period } from '../period';
import { AreaPeriod, areaPeriodReference, checkArea } from './area-period';
import { AreaReportStatus, type AreaReportRow } from './area-report.entity';
import { createAreaReportType } from './area-report.type';
import type { AreaReportingOptions, DisclosedFigures } from './area-reporting.types';
import { AreaReportStore, reportKey, type ReportSummary } from './report-store';
import { REPORT_SECTIONS, ReportSection, sectionsOf } from './report-section';
import {
  AreaReportDecision,
  AreaReporting,
  ExpectedReport,
  type ExpectedReportStatus,
} from './reporting.types';
import { requestLoader } from './request-loader';
import { callerCoversUnit } from '../units/unit-scope';
import { countTimeliness, timelinessOf } from './timeliness';
import { EVERY_FIGURE, wantedBySelection } from './wanted-figures';
import type { GraphQLResolveInfo } from 'graphql';

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^\w/, (c) => c.toUpperCase());

/**
 * Gives a subgraph its part of the cross-agency report: `AreaPeriod.<organisation>` (its indicators),
 * `AreaPeriod.<organisation>Reporting` (completeness and timeliness of its sections) and its report versions
 * (`prepare…`, `submit…`, `review…AreaReport`, `…AreaReports`), plus the AreaPeriod reference resolver.
 */
export function createAreaReporting<F extends DisclosedFigures, L>(options: AreaReportingOptions<F, L>) {
  type Context = RequestContext<L>;
  const { info, figures, figuresOf, loadUnit, expectedReports: expectedLocally } = options;
  const org = camel(info.name);
  const Org = pascal(info.name);
  const sections = sectionsOf(info.name);
  const reportName = `${Org}AreaReport`;
  const store = new AreaReportStore(reportName, options.unitTable ?? 'unit_tree');

  const OrgAreaReport = createAreaReportType(reportName, info.name, figures);

  /** The figures for this reader: exact for the organisation's own people, under the threshold rule else. */
  const shown = (caller: Caller, raw: F): F => {
    const d = new Discloser(caller.org === info.name, info.name);
    return { ...(d.exact ? raw : options.disclose(raw, d)), disclosure: d.note() };
  };

  const toReport = (caller: Caller, row: AreaReportRow) => ({
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
    const row = await store.find(ctx.dataSource, id);
    if (!row) throw new NotFoundError(reportName, id);
    await checkArea(ctx.caller, loadUnit(ctx), row.unitCode, parsePeriod(row.periodCode));
    return row;
  }

  /** Latest version and first submission of each section/unit/period asked for, one statement per batch. */
  const summaries = (ctx: Context) =>
    requestLoader(
      ctx,
      `${org}:reportSummaries`,
      () => new DataLoader<string, ReportSummary | null>((keys) => store.summaries(ctx.dataSource, keys)),
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

  /**
   * The expected reports the caller may see. Through the gateway they are the People's Committee's answer for an
   * area the caller covers; a representation sent by anyone else holding the gateway's key could name any unit,
   * and this subgraph answers only for the caller's units (its own check, not the other subgraph's).
   */
  async function coveredByCaller(ctx: Context, expected: ExpectedReport[]): Promise<ExpectedReport[]> {
    const load = loadUnit(ctx);
    const covered = await Promise.all(expected.map((e) => callerCoversUnit(ctx.caller, load, e.unitCode)));
    return expected.filter((_, i) => covered[i]);
  }

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
    async orgReporting(@Root() area: AreaPeriod, @Ctx() ctx: Context) {
      return reporting(ctx, await coveredByCaller(ctx, expectedFromEntity(area)));
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
      const rows = await store.listIn(ctx.dataSource, unitCode, period, section, first);
      return rows.map((row) => toReport(ctx.caller, row));
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
      // A report is of figures that exist: a period that has not begun has none (the area view refuses it too).
      const future = futurePeriodProblem(period);
      if (future) throw new BadUserInputError(future, 'period');
      const area = await checkArea(ctx.caller, loadUnit(ctx), unitCode, period);
      const taken = JSON.parse(JSON.stringify(await figuresOf(ctx, area, EVERY_FIGURE))) as Record<
        string,
        unknown
      >;
      const row = await store.prepare(
        ctx.dataSource,
        { section, unitCode, period },
        taken,
        ctx.caller.subject,
      );
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
      const row = await store.submit(ctx.dataSource, id, ctx.caller.subject);
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
      const row = await store.review(ctx.dataSource, id, decision, text, ctx.caller.subject);
      ctx.audit.write(`review${Org}AreaReport`, [id]);
      return toReport(ctx.caller, row);
    }
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
