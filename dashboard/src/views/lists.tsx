import { useEffect, useState } from 'preact/hooks';
import { formatMoney, formatNumber } from '../format';
import { requestErrors, type GraphQLResult } from '../graph';
import { enumLabel, periodLabel } from '../i18n';
import { useT } from '../language';
import {
  pledgesByArrears,
  poorHouseholdsWithOverdueLoans,
  withNoCareAndNoSponsor,
  type CareAndSponsorHousehold,
  type HouseholdRef,
  type OverdueLoan,
  type PledgeInArrears,
} from '../lists';
import { NO_CARE_QUERY, OVERDUE_LOANS_QUERY, PLEDGES_IN_ARREARS_QUERY } from '../queries';
import { gql } from '../session';
import { ErrorNote, Reason, Section } from '../ui';
import { unitName } from './selection';

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

interface Paged<T> {
  state: 'loading' | 'ready' | 'error';
  nodes: T[];
  /** Errors of partial answers, with paths re-based on the node list (nodes.<index>…). */
  errors: GraphQLResult['errors'];
  total: number;
  cursor: string | null;
  hasMore: boolean;
  error: string | null;
}

/** A connection read page by page ("load more"), each page one request. */
function usePaged<T>(query: string, field: string, vars: Record<string, unknown>): [Paged<T>, () => void] {
  const [paged, setPaged] = useState<Paged<T>>({
    state: 'loading',
    nodes: [],
    errors: [],
    total: 0,
    cursor: null,
    hasMore: false,
    error: null,
  });
  const [page, setPage] = useState<{ after: string | null; n: number }>({ after: null, n: 0 });
  const key = JSON.stringify(vars);
  useEffect(() => setPage({ after: null, n: 0 }), [key]);
  useEffect(() => {
    const abort = new AbortController();
    const first = page.after === null;
    setPaged((p) => ({ ...(first ? { ...p, nodes: [], errors: [] } : p), state: 'loading' }));
    gql<Record<string, Connection<T>>>(query, { ...vars, after: page.after }, abort.signal).then(
      (r) => {
        if (abort.signal.aborted) return;
        const conn = r.data?.[field];
        if (!conn) {
          const message =
            requestErrors(r)
              .map((e) => e.message)
              .join('; ') || r.errors.map((e) => e.message).join('; ');
          setPaged((p) => ({ ...p, state: 'error', error: message }));
          return;
        }
        setPaged((p) => {
          const offset = first ? 0 : p.nodes.length;
          const rebased = r.errors
            .filter((e) => e.path && e.path[0] === field && e.path[1] === 'nodes')
            .map((e) => ({ ...e, path: ['nodes', Number(e.path![2]) + offset, ...e.path!.slice(3)] }));
          return {
            state: 'ready',
            nodes: [...(first ? [] : p.nodes), ...conn.nodes],
            errors: [...(first ? [] : p.errors), ...rebased],
            total: conn.totalCount,
            cursor: conn.pageInfo.endCursor,
            hasMore: conn.pageInfo.hasNextPage,
            error: null,
          };
        });
      },
      (e: Error) => !abort.signal.aborted && setPaged((p) => ({ ...p, state: 'error', error: e.message })),
    );
    return () => abort.abort();
  }, [key, page]);
  return [paged, () => setPage((p) => ({ after: paged.cursor, n: p.n + 1 }))];
}

function HouseholdCells({
  h,
  index,
  paged,
  openLabel,
}: {
  h: HouseholdRef;
  index: number;
  paged: Paged<unknown>;
  openLabel: string;
}) {
  const { lang } = useT();
  const result = { data: { nodes: paged.nodes }, errors: paged.errors };
  const base = ['nodes', index];
  return (
    <>
      <th scope="row">
        <a href={`#/household/${h.id}`} aria-label={openLabel}>
          {h.code}
        </a>
      </th>
      <td>
        {h.head?.fullName ?? (
          <>
            — <Reason result={result} keys={[...base, 'head', 'fullName']} />
          </>
        )}
      </td>
      <td>{h.unitCode}</td>
      <td>
        {enumLabel(lang, 'HouseholdStatus', h.status)}
        {h.poorCategory ? ` (${h.poorCategory})` : ''}
      </td>
    </>
  );
}

function LoadMore({ paged, onMore, shown }: { paged: Paged<unknown>; onMore: () => void; shown?: string }) {
  const { t } = useT();
  return (
    <div class="list-foot">
      <span>{shown ?? t('shownOf', { shown: paged.nodes.length, total: paged.total })}</span>
      {paged.hasMore && (
        <button type="button" onClick={onMore} disabled={paged.state === 'loading'}>
          {t('loadMore')}
        </button>
      )}
      {paged.state === 'loading' && <span class="loading">{t('loading')}</span>}
    </div>
  );
}

const HEAD_COLUMNS = (t: ReturnType<typeof useT>['t']) => [t('household'), t('head'), t('unit'), t('status')];

function OverdueLoans({ unit }: { unit: string }) {
  const { lang, t } = useT();
  const [paged, more] = usePaged<OverdueLoan>(OVERDUE_LOANS_QUERY, 'loans', { unitCode: unit });
  const rows = poorHouseholdsWithOverdueLoans(paged.nodes);
  return (
    <Section title={t('listOverdueLoans')} id="overdue">
      <div data-testid="list-overdue-loans" data-state={paged.state}>
        {paged.error && <ErrorNote message={t('errorLoading', { message: paged.error })} />}
        <table class="numbers list-table">
          <thead>
            <tr>
              {[...HEAD_COLUMNS(t), t('loansCount'), t('daysPastDue'), t('bucket'), t('lender')].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.household.id}>
                <HouseholdCells
                  h={r.household}
                  index={paged.nodes.findIndex((l) => l.household?.id === r.household.id)}
                  paged={paged}
                  openLabel={t('openHousehold', { code: r.household.code })}
                />
                <td>{r.loans}</td>
                <td>{formatNumber(r.maxDaysPastDue, 0)}</td>
                <td>{enumLabel(lang, 'LoanArrearsBucket', r.worstBucket)}</td>
                <td>{r.lenders.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {paged.state === 'ready' && rows.length === 0 && <p>{t('emptyList')}</p>}
        <LoadMore paged={paged} onMore={more} />
      </div>
    </Section>
  );
}

function NoCareNoSponsor({ unit, today }: { unit: string; today: string }) {
  const { t } = useT();
  const [paged, more] = usePaged<CareAndSponsorHousehold>(NO_CARE_QUERY, 'households', { unitCode: unit });
  const rows = withNoCareAndNoSponsor(paged.nodes, today);
  return (
    <Section title={t('listNoCare')} id="no-care">
      <p class="note">{t('listNoCareNote')}</p>
      <div data-testid="list-no-care-no-sponsor" data-state={paged.state}>
        {paged.error && <ErrorNote message={t('errorLoading', { message: paged.error })} />}
        <table class="numbers list-table">
          <thead>
            <tr>
              {HEAD_COLUMNS(t).map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id}>
                <HouseholdCells
                  h={h}
                  index={paged.nodes.indexOf(h)}
                  paged={paged}
                  openLabel={t('openHousehold', { code: h.code })}
                />
              </tr>
            ))}
          </tbody>
        </table>
        {paged.state === 'ready' && rows.length === 0 && <p>{t('emptyList')}</p>}
        <LoadMore
          paged={paged}
          onMore={more}
          shown={t('checkedOf', { checked: paged.nodes.length, total: paged.total, found: rows.length })}
        />
      </div>
    </Section>
  );
}

function PledgesInArrears({ unit, today }: { unit: string; today: string }) {
  const { lang, t } = useT();
  const [paged, more] = usePaged<PledgeInArrears>(PLEDGES_IN_ARREARS_QUERY, 'sponsorshipPledges', {
    unitCode: unit,
    today,
  });
  const rows = pledgesByArrears(paged.nodes);
  return (
    <Section title={t('listPledges', { date: today.split('-').reverse().join('/') })} id="pledges">
      <div data-testid="list-pledges-in-arrears" data-state={paged.state}>
        {paged.error && <ErrorNote message={t('errorLoading', { message: paged.error })} />}
        <table class="numbers list-table">
          <thead>
            <tr>
              {[...HEAD_COLUMNS(t), t('amountPerMonth'), t('arrears'), t('missedMonths')].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <HouseholdCells
                  h={p.household!}
                  index={paged.nodes.indexOf(p)}
                  paged={paged}
                  openLabel={t('openHousehold', { code: p.household!.code })}
                />
                <td>{formatMoney(p.amountPerMonth)}</td>
                <td>{formatMoney(p.arrears?.arrears)}</td>
                <td>{p.arrears?.missedMonths.map((m) => periodLabel(lang, m)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {paged.state === 'ready' && rows.length === 0 && <p>{t('emptyList')}</p>}
        <LoadMore paged={paged} onMore={more} />
      </div>
    </Section>
  );
}

export function ListsView({ unit, today }: { unit: string; today: string }) {
  const { t } = useT();
  const [name, setName] = useState(unit);
  useEffect(() => {
    // unitName never rejects: a unit whose name is not known keeps its code.
    void unitName(unit).then((n) => setName(n ?? unit));
  }, [unit]);
  return (
    <div class="lists-view">
      <h1>{t('listsTitle', { unit: name })}</h1>
      <OverdueLoans unit={unit} />
      <NoCareNoSponsor unit={unit} today={today} />
      <PledgesInArrears unit={unit} today={today} />
    </div>
  );
}
