import { disclosureAt } from '../withheld';
import { useEffect, useState } from 'preact/hooks';
import {
  LAYOUT,
  REPORTING_FIELDS,
  REPORTING_LABELS,
  matrixCellPath,
  type LayoutItem,
  type OrganisationLayout,
  type RowItem,
} from '../figures';
import { formatDate, formatMoney, formatPercent, toMillions, toNumber } from '../format';
import { getPath, requestErrors, type GraphQLResult } from '../graph';
import { ORGANISATION_NAMES, enumLabel, periodLabel } from '../i18n';
import { useT } from '../language';
import { isRunning, parsePeriod, trendQuarters } from '../period';
import { AREA_QUERIES, TARGETS_QUERY, TREND_QUERY } from '../queries';
import { gql } from '../session';
import { ErrorNote, Figure, Section } from '../ui';
import { loadChartJs, TrendChart } from './charts';
import { unitName } from './selection';

type Outcome = GraphQLResult | Error;
type Field = OrganisationLayout['field'];

interface Loaded {
  unit: string;
  period: string;
  areas: Partial<Record<Field, Outcome>>;
  trend?: Outcome;
  targets?: Outcome;
}

const settle = (p: Promise<GraphQLResult>): Promise<Outcome> =>
  p.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
const asResult = (o: Outcome | undefined): GraphQLResult | undefined => (o instanceof Error ? undefined : o);
const failure = (o: Outcome | undefined): string | null =>
  o instanceof Error
    ? o.message
    : o && requestErrors(o).length
      ? requestErrors(o)
          .map((e) => e.message)
          .join('; ')
      : null;

/** The area-and-period view: every organisation's figures, trends, targets and report completeness. */
export function AreaView(props: { unit: string; period: string; today: string }) {
  const { lang, t } = useT();
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [name, setName] = useState<string>(props.unit);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    // unitName never rejects: a unit whose name is not known keeps its code.
    void unitName(props.unit).then((n) => live && setName(n ?? props.unit));
    return () => {
      live = false;
    };
  }, [props.unit]);

  useEffect(() => {
    const abort = new AbortController();
    const vars = { unitCode: props.unit, period: props.period };
    setState('loading');
    setLoaded({ unit: props.unit, period: props.period, areas: {} });
    // Show each answer as it comes: on a slow line the first organisations' figures need not wait for the last.
    const arrive = (update: (l: Loaded, o: Outcome) => Loaded) => (o: Outcome) => {
      if (!abort.signal.aborted)
        setLoaded((l) => update(l ?? { unit: props.unit, period: props.period, areas: {} }, o));
      return o;
    };
    // Separate requests, sent together: one organisation's failure leaves the others' figures standing.
    const areas = LAYOUT.map((l) =>
      settle(gql(AREA_QUERIES[l.field], vars, abort.signal)).then(
        arrive((x, o) => ({ ...x, areas: { ...x.areas, [l.field]: o } })),
      ),
    );
    const trend = settle(
      gql(TREND_QUERY, { unitCode: props.unit, periods: trendQuarters(props.period) }, abort.signal),
    ).then(arrive((x, o) => ({ ...x, trend: o })));
    const targets = settle(
      gql(TARGETS_QUERY, { unitCode: props.unit, year: parsePeriod(props.period).year }, abort.signal),
    ).then(arrive((x, o) => ({ ...x, targets: o })));
    // Loaded ahead of the answers; each chart awaits it and handles its failure.
    void loadChartJs();
    // Never rejects: each request is settled into an outcome, its failure shown where its figures would be.
    void Promise.all([Promise.all(areas), trend, targets]).then(([areaOutcomes]) => {
      if (abort.signal.aborted) return;
      setState(areaOutcomes.every((o) => failure(o) !== null) ? 'error' : 'ready');
    });
    return () => abort.abort();
  }, [props.unit, props.period, reload]);

  const period = parsePeriod(props.period);
  const shown = loaded ?? { unit: props.unit, period: props.period, areas: {} };
  const anyArea = Object.values(shown.areas)
    .map(asResult)
    .find((r) => r?.data);
  const allFailed = state === 'error' ? failure(Object.values(shown.areas)[0]) : null;

  return (
    <div
      class="area-view"
      data-testid="area-view"
      data-state={state}
      data-unit={shown.unit}
      data-period={shown.period}
      aria-busy={state === 'loading'}
    >
      <h1>{t('areaTitle', { unit: name, period: periodLabel(lang, props.period) })}</h1>
      <p class="note">
        {isRunning(period, props.today)
          ? t('runningNote')
          : t('stocksNote', {
              date: formatDate(getPath(anyArea?.data, 'areaPeriod.labourUnion.asOf') ?? period.end),
            })}
        {state === 'loading' && <span class="loading"> {t('loading')}</span>}
      </p>
      {allFailed && (
        <div>
          <ErrorNote message={t('errorLoading', { message: allFailed })} />
          <button type="button" onClick={() => setReload((n) => n + 1)}>
            {t('retry')}
          </button>
        </div>
      )}

      <Section title={t('trends')} id="trends">
        <Trends outcome={shown.trend} />
      </Section>
      <div class="two-columns">
        <Section title={t('targets', { year: period.year })} id="targets">
          <Targets outcome={shown.targets} womens={asResult(shown.areas.womensUnion)} />
        </Section>
        <Section title={t('reporting')} id="reporting">
          <Reporting areas={shown.areas} />
        </Section>
      </div>

      <Section title={t('indicators')} id="indicators">
        <div class="org-grid">
          {LAYOUT.map((layout) => (
            <OrganisationCard key={layout.field} layout={layout} outcome={shown.areas[layout.field]} />
          ))}
        </div>
      </Section>
    </div>
  );
}

function OrganisationCard({ layout, outcome }: { layout: OrganisationLayout; outcome: Outcome | undefined }) {
  const { lang, t } = useT();
  const result = asResult(outcome);
  const error = failure(outcome);
  // Rows run together in one table; a heading, list or matrix starts a new block.
  const blocks: (LayoutItem | RowItem[])[] = [];
  for (const item of layout.items) {
    const last = blocks[blocks.length - 1];
    if (item.type === 'row' && Array.isArray(last)) last.push(item);
    else blocks.push(item.type === 'row' ? [item] : item);
  }
  const root = ['areaPeriod'];
  const disclosure = disclosureAt(result, layout.field);
  return (
    <article class="org-card" data-org={layout.org} aria-labelledby={`org-${layout.org}`}>
      <h3 id={`org-${layout.org}`}>{ORGANISATION_NAMES[layout.org][lang]}</h3>
      {disclosure && !disclosure.exact && (
        <p class="note protected">{t('figuresProtected', { n: disclosure.minRecords })}</p>
      )}
      {error && <ErrorNote message={t('errorLoading', { message: error })} />}
      {outcome === undefined && <p class="loading">{t('loading')}</p>}
      {blocks.map((block, b) => {
        if (Array.isArray(block))
          return (
            <table class="figures" key={b}>
              <tbody>
                {block.map((r) => (
                  <tr key={r.path}>
                    <th scope="row">{r.label[lang]}</th>
                    <td>
                      <Figure result={result} root={root} path={r.path} kind={r.kind} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        if (block.type === 'heading') return <h4 key={b}>{block.label[lang]}</h4>;
        if (block.type === 'matrix')
          return (
            <table class="figures matrix" key={b}>
              <caption>{block.label[lang]}</caption>
              <thead>
                <tr>
                  <td></td>
                  {block.columns.map((c, i) => (
                    <th scope="col" key={i}>
                      {c.label[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((r, ri) => (
                  <tr key={ri}>
                    <th scope="row">{r.label[lang]}</th>
                    {block.columns.map((c, ci) => (
                      <td key={ci}>
                        <Figure
                          result={result}
                          root={root}
                          path={matrixCellPath(block, ri, ci)}
                          kind={c.kind}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        if (block.type !== 'list') return null;
        const elements = getPath(result?.data, ['areaPeriod', ...block.path.split('.')]);
        const count = Array.isArray(elements) ? elements.length : 0;
        return (
          <table class="figures list" key={b}>
            <caption>{block.label[lang]}</caption>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th scope="col" key={c.field}>
                    {c.label[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {count === 0 && (
                <tr>
                  <td colSpan={block.columns.length}>
                    {Array.isArray(elements) ? (
                      t('none')
                    ) : (
                      <Figure result={result} root={root} path={block.path} kind="text" />
                    )}
                  </td>
                </tr>
              )}
              {Array.from({ length: count }, (_, i) => (
                <tr key={i}>
                  {block.columns.map((c, ci) =>
                    ci === 0 ? (
                      <th scope="row" key={c.field}>
                        <Figure
                          result={result}
                          root={root}
                          path={`${block.path}.${i}.${c.field}`}
                          kind={c.kind}
                          enumName={c.enumName}
                        />
                      </th>
                    ) : (
                      <td key={c.field}>
                        <Figure
                          result={result}
                          root={root}
                          path={`${block.path}.${i}.${c.field}`}
                          kind={c.kind}
                          enumName={c.enumName}
                        />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </article>
  );
}

function Reporting({ areas }: { areas: Loaded['areas'] }) {
  const { lang, t } = useT();
  return (
    <div class="scroll">
      <table class="numbers reporting" data-testid="reporting">
        <thead>
          <tr>
            <th scope="col">{t('organisation')}</th>
            {REPORTING_FIELDS.map((f) => (
              <th scope="col" key={f}>
                {REPORTING_LABELS[f][lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LAYOUT.map((l) => (
            <tr key={l.org} data-org={l.org}>
              <th scope="row">{ORGANISATION_NAMES[l.org][lang]}</th>
              {REPORTING_FIELDS.map((f) => (
                <td
                  key={f}
                  class={f === 'missing' || f === 'late' || f === 'returned' ? 'warn-cell' : undefined}
                >
                  <Figure
                    result={asResult(areas[l.field])}
                    root={['areaPeriod']}
                    path={`${l.field}Reporting.${f}`}
                    kind="int"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TargetRow {
  id: string;
  metric: string;
  targetPercent: number;
  progress: {
    baselineDate: string;
    asOf: string;
    baseline: number;
    current: number;
    achievedPercent: number;
    met: boolean;
  };
}

function Progress(props: {
  label: string;
  achieved: number | null;
  target: number | null;
  detail: string;
  met?: boolean;
  testid: string;
}) {
  const { t } = useT();
  const share =
    props.achieved !== null && props.target ? Math.max(0, Math.min(1, props.achieved / props.target)) : 0;
  return (
    <li class="progress" data-target={props.testid} data-value={props.achieved ?? ''}>
      <div class="progress-head">
        <span>{props.label}</span>
        {props.met !== undefined && (
          <span class={props.met ? 'badge ok' : 'badge warn'}>
            {props.met ? t('targetMet') : t('targetNotMet')}
          </span>
        )}
      </div>
      <div
        class="bar"
        role="meter"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <span style={{ width: `${share * 100}%` }} />
      </div>
      <div class="progress-detail">{props.detail}</div>
    </li>
  );
}

function Targets({ outcome, womens }: { outcome: Outcome | undefined; womens: GraphQLResult | undefined }) {
  const { lang, t } = useT();
  const result = asResult(outcome);
  const error = failure(outcome);
  const targets = (result?.data?.targets ?? []) as TargetRow[];
  const five = getPath(womens?.data, 'areaPeriod.womensUnion.fiveNoThreeClean') as any;
  const savings = getPath(womens?.data, 'areaPeriod.womensUnion.savingsDay') as any;
  return (
    <>
      {error && <ErrorNote message={t('errorLoading', { message: error })} />}
      {!error && result && targets.length === 0 && <p>{t('noTargets')}</p>}
      <ul class="progress-list">
        {targets.map((x) => (
          <Progress
            key={x.id}
            testid={x.metric}
            label={enumLabel(lang, 'TargetMetric', x.metric)}
            achieved={x.progress.achievedPercent}
            target={x.targetPercent}
            met={x.progress.met}
            detail={`${t('targetAchieved')} ${formatPercent(x.progress.achievedPercent)} / ${t('targetPlan')} ${formatPercent(x.targetPercent)} · ${t('targetBaseline')} ${x.progress.baseline} → ${t('targetCurrent')} ${x.progress.current} (${formatDate(x.progress.asOf)})`}
          />
        ))}
      </ul>
      <h3>{t('womensUnionTargets')}</h3>
      <ul class="progress-list">
        {five && (
          <Progress
            testid="FIVE_NO_THREE_CLEAN"
            label={t('fiveNoThreeCleanTarget')}
            achieved={toNumber(five.achievedPercent)}
            target={100}
            detail={`${five.householdsMeetingAllCriteria} / ${five.targetHouseholds} · ${formatPercent(five.achievedPercent)}`}
          />
        )}
        {savings && (
          <Progress
            testid="SAVINGS_DAY"
            label={t('savingsTarget')}
            achieved={toNumber(savings.achievedPercent)}
            target={100}
            detail={`${formatMoney(savings.yearToDateAmount)} / ${savings.targetAmount === null ? t('noTarget') : formatMoney(savings.targetAmount)}`}
          />
        )}
      </ul>
    </>
  );
}

function Trends({ outcome }: { outcome: Outcome | undefined }) {
  const { lang, t } = useT();
  const result = asResult(outcome);
  const error = failure(outcome);
  const rows = (result?.data?.areaPeriods ?? []) as any[];
  if (error) return <ErrorNote message={t('errorLoading', { message: error })} />;
  if (!rows.length) return <p class="loading">{t('loading')}</p>;
  const labels = rows.map((r) => periodLabel(lang, r.period));
  const pick = (path: string, f: (v: unknown) => number | null = toNumber) =>
    rows.map((r) => f(getPath(r, path)));
  return (
    <div class="charts">
      <TrendChart
        testid="trend-households"
        kind="line"
        title={t('chartHouseholds')}
        labels={labels}
        series={[
          { label: t('seriesPoor'), values: pick('peopleCommittee.householdsAtEnd.poor') },
          { label: t('seriesNearPoor'), values: pick('peopleCommittee.householdsAtEnd.nearPoor') },
        ]}
      />
      <TrendChart
        testid="trend-support"
        kind="bar"
        title={t('chartSupport')}
        labels={labels}
        series={[
          { label: t('seriesBenefits'), values: pick('peopleCommittee.benefitsValue', toMillions) },
          { label: t('seriesUnionCare'), values: pick('labourUnion.care.valueVnd', toMillions) },
          { label: t('seriesWomensSupport'), values: pick('womensUnion.support.value', toMillions) },
          { label: t('seriesFrontFund'), values: pick('fatherlandFront.fund.disbursements', toMillions) },
          { label: t('seriesSponsorship'), values: pick('fatherlandFront.sponsorship.paid', toMillions) },
        ]}
      />
      <TrendChart
        testid="trend-loans"
        kind="bar"
        title={t('chartLoans')}
        labels={labels}
        series={[
          { label: t('seriesOutstanding'), values: pick('microfinance.outstandingPrincipal', toMillions) },
          { label: t('seriesPar30'), values: pick('microfinance.par30Percent'), type: 'line', right: true },
        ]}
      />
    </div>
  );
}
