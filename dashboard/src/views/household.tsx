import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FigureKind } from '../figures';
import { errorAt, getPath, requestErrors, type GraphQLResult, type PathKey } from '../graph';
import { enumLabel, periodLabel, type MessageKey } from '../i18n';
import { useT } from '../language';
import { HOUSEHOLD_QUERY } from '../queries';
import { gql } from '../session';
import { ErrorNote, Reason, Section, Value } from '../ui';

interface Column {
  key: MessageKey;
  field: string;
  kind?: FigureKind;
  enumName?: string;
}

/** A list on the household, one line per element; a list the caller may not see shows "—" and why. */
function ListTable(props: { result: GraphQLResult; path: PathKey[]; columns: Column[]; testid?: string }) {
  const { t } = useT();
  const rows = getPath(props.result.data, props.path);
  if (!Array.isArray(rows))
    return (
      <p>
        — <Reason result={props.result} keys={props.path} />
      </p>
    );
  if (rows.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <div class="scroll">
      <table class="numbers" data-testid={props.testid}>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th scope="col" key={c.field}>
                {t(c.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((_, i) => (
            <tr key={i}>
              {props.columns.map((c) => (
                <td key={c.field}>
                  <Value
                    result={props.result}
                    path={[...props.path, i, ...c.field.split('.')]}
                    kind={c.kind}
                    enumName={c.enumName}
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

function Facts(props: { children: ComponentChildren }) {
  return <dl class="facts">{props.children}</dl>;
}
function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** One household: the register's facts, its members, and every organisation's support and loans. */
export function HouseholdView({ id }: { id: string }) {
  const { lang, t } = useT();
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [result, setResult] = useState<GraphQLResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setState('loading');
    gql(HOUSEHOLD_QUERY, { id }, abort.signal).then(
      (r) => {
        if (abort.signal.aborted) return;
        setResult(r);
        if (!r.data?.household) {
          setError(
            requestErrors(r)
              .map((e) => e.message)
              .join('; ') || t('notFound'),
          );
          setState('error');
        } else {
          setError(null);
          setState('ready');
        }
      },
      (e: Error) => {
        if (abort.signal.aborted) return;
        setError(e.message);
        setState('error');
      },
    );
    return () => abort.abort();
  }, [id]);

  const h = ['household'];
  const data = result?.data?.household;
  const v = (path: string, kind?: FigureKind, enumName?: string) =>
    result && <Value result={result} path={[...h, ...path.split('.')]} kind={kind} enumName={enumName} />;

  return (
    <div class="household-view" data-testid="household-page" data-state={state} data-household-id={id}>
      <p>
        <a
          href="#/lists"
          onClick={(e) => {
            if (history.length > 1) {
              e.preventDefault();
              history.back();
            }
          }}
        >
          ← {t('back')}
        </a>
      </p>
      <h1>{t('householdTitle', { code: data?.code ?? '…' })}</h1>
      {state === 'loading' && <p class="loading">{t('loading')}</p>}
      {error && <ErrorNote message={error} />}
      {result && data && (
        <>
          <Section title={data.unit?.name ?? data.unitCode} id="register">
            <Facts>
              <Fact label={t('status')}>
                {v('status', 'text', 'HouseholdStatus')}
                {data.poorCategory ? ` (${data.poorCategory})` : ''}
              </Fact>
              <Fact label={t('statusSince')}>{v('statusSince', 'date')}</Fact>
              <Fact label={t('socialProtection')}>{v('socialProtection', 'bool')}</Fact>
              <Fact label={t('address')}>{v('address')}</Fact>
            </Facts>
            <h3>{t('members')}</h3>
            <ListTable
              result={result}
              path={[...h, 'members']}
              columns={[
                { key: 'fullName', field: 'fullName' },
                { key: 'relation', field: 'relationToHead', enumName: 'RelationToHead' },
                { key: 'sex', field: 'sex', enumName: 'Sex' },
                { key: 'birthYear', field: 'birthYear' },
                { key: 'nationalId', field: 'nationalId' },
              ]}
            />
            <h3>{t('assessment')}</h3>
            {data.latestAssessment ? (
              <Facts>
                <Fact label={t('reviewYear')}>{v('latestAssessment.reviewYear')}</Fact>
                <Fact label={t('reviewDate')}>{v('latestAssessment.reviewDate', 'date')}</Fact>
                <Fact label={t('classification')}>
                  {v('latestAssessment.classification', 'text', 'Classification')}
                </Fact>
                <Fact label={t('deprivations')}>{v('latestAssessment.deprivationCount', 'int')}</Fact>
                <Fact label={t('income')}>{v('latestAssessment.incomePerPersonMonth', 'money')}</Fact>
                <Fact label={t('standard')}>{v('latestAssessment.standardCode')}</Fact>
              </Facts>
            ) : (
              <p>{v('latestAssessment')}</p>
            )}
            <h3>{t('statusHistory')}</h3>
            <ListTable
              result={result}
              path={[...h, 'statusHistory']}
              columns={[
                { key: 'effectiveDate', field: 'effectiveDate', kind: 'date' },
                { key: 'status', field: 'status', enumName: 'HouseholdStatus' },
                { key: 'category', field: 'poorCategory' },
                { key: 'reason', field: 'reason', enumName: 'StatusChangeReason' },
              ]}
            />
            <h3>{t('benefits')}</h3>
            <ListTable
              result={result}
              path={[...h, 'benefits']}
              columns={[
                { key: 'date', field: 'date', kind: 'date' },
                { key: 'kind', field: 'programme.kind', enumName: 'ProgrammeKind' },
                { key: 'programme', field: 'programme.name' },
                { key: 'amount', field: 'amount', kind: 'money' },
              ]}
            />
          </Section>

          <div class="two-columns">
            <Section title={t('unionMembers')} id="union">
              <ListTable
                result={result}
                path={[...h, 'unionMembers']}
                columns={[
                  { key: 'fullName', field: 'fullName' },
                  { key: 'status', field: 'status', enumName: 'UnionMemberStatus' },
                  { key: 'unionOrganisation', field: 'unionOrganisation.name' },
                ]}
              />
              <h3>{t('carePlans')}</h3>
              <ListTable
                result={result}
                path={[...h, 'unionCarePlans']}
                columns={[
                  { key: 'listedDate', field: 'listedDate', kind: 'date' },
                  { key: 'status', field: 'status', enumName: 'CarePlanStatus' },
                  { key: 'unionOrganisation', field: 'unionOrganisation.name' },
                  { key: 'goals', field: 'goals' },
                ]}
              />
              <h3>{t('careActivities')}</h3>
              <ListTable
                result={result}
                path={[...h, 'unionCareActivities']}
                columns={[
                  { key: 'date', field: 'date', kind: 'date' },
                  { key: 'kind', field: 'kind', enumName: 'CareActivityKind' },
                  { key: 'amount', field: 'value', kind: 'money' },
                  { key: 'fundingSource', field: 'fundingSource', enumName: 'CareFundingSource' },
                ]}
              />
              <h3>{t('unionHouses')}</h3>
              <ListTable
                result={result}
                path={[...h, 'unionHouses']}
                columns={[
                  { key: 'kind', field: 'kind', enumName: 'UnionHouseKind' },
                  { key: 'status', field: 'status', enumName: 'UnionHouseStatus' },
                  { key: 'amount', field: 'grantAmount', kind: 'money' },
                  { key: 'approvedOn', field: 'approvedDate', kind: 'date' },
                  { key: 'completedOn', field: 'completedDate', kind: 'date' },
                ]}
              />
            </Section>

            <Section title={t('fiveNoThreeClean')} id="womens">
              <ListTable
                result={result}
                path={[...h, 'fiveNoThreeClean']}
                columns={[
                  { key: 'year', field: 'year' },
                  { key: 'statusWhenPledged', field: 'statusWhenPledged', enumName: 'HouseholdStatus' },
                  { key: 'reviewDate', field: 'latestReview.reviewDate', kind: 'date' },
                  { key: 'meetsAll', field: 'latestReview.meetsAllCriteria', kind: 'bool' },
                ]}
              />
              <h3>{t('womensSupport')}</h3>
              <ListTable
                result={result}
                path={[...h, 'womensUnionSupport']}
                columns={[
                  { key: 'date', field: 'date', kind: 'date' },
                  { key: 'kind', field: 'kind', enumName: 'WomensUnionSupportKind' },
                  { key: 'amount', field: 'value', kind: 'money' },
                  { key: 'chapter', field: 'chapter.name' },
                ]}
              />
            </Section>
          </div>

          <div class="two-columns">
            <Section title={t('frontSupport')} id="front">
              <Facts>
                <Fact label={t('disbursedTotal')}>{v('frontSupport.disbursedTotal', 'money')}</Fact>
              </Facts>
              <h3>{t('disbursements')}</h3>
              <ListTable
                result={result}
                path={[...h, 'frontSupport', 'disbursements']}
                columns={[
                  { key: 'date', field: 'date', kind: 'date' },
                  { key: 'purpose', field: 'purpose', enumName: 'FrontDisbursementPurpose' },
                  { key: 'amount', field: 'amount', kind: 'money' },
                ]}
              />
              <h3>{t('pledges')}</h3>
              {Array.isArray(data.frontSupport?.pledges) && data.frontSupport.pledges.length > 0 ? (
                <ul class="plain">
                  {data.frontSupport.pledges.map((p: any, i: number) => (
                    <li key={p.id}>
                      {enumLabel(lang, 'SponsorshipPledgeStatus', p.status)} ·{' '}
                      {periodLabel(lang, p.startMonth)} – {periodLabel(lang, p.endMonth)} ·{' '}
                      {v(`frontSupport.pledges.${i}.amountPerMonth`, 'money')}/
                      {lang === 'vi' ? 'tháng' : 'month'} · {t('arrears')}:{' '}
                      {v(`frontSupport.pledges.${i}.arrears.arrears`, 'money')}
                    </li>
                  ))}
                </ul>
              ) : (
                <ListTable result={result} path={[...h, 'frontSupport', 'pledges']} columns={[]} />
              )}
              <h3>{t('solidarityHouse')}</h3>
              {data.solidarityHouse ? (
                <Facts>
                  <Fact label={t('kind')}>{v('solidarityHouse.work', 'text', 'SolidarityHouseWork')}</Fact>
                  <Fact label={t('status')}>
                    {v('solidarityHouse.status', 'text', 'SolidarityHouseStatus')}
                  </Fact>
                  <Fact label={t('amount')}>{v('solidarityHouse.amount', 'money')}</Fact>
                  <Fact label={t('approvedOn')}>{v('solidarityHouse.approvedOn', 'date')}</Fact>
                  <Fact label={t('completedOn')}>{v('solidarityHouse.completedOn', 'date')}</Fact>
                </Facts>
              ) : errorAt(result.errors, [...h, 'solidarityHouse']) ? (
                <p>{v('solidarityHouse')}</p>
              ) : (
                <p class="muted">{t('none')}</p>
              )}
            </Section>

            <Section title={t('loans')} id="loans">
              <ListTable
                result={result}
                path={[...h, 'loans']}
                columns={[
                  { key: 'lender', field: 'lender.name' },
                  { key: 'product', field: 'productKind', enumName: 'LoanProductKind' },
                  { key: 'status', field: 'status', enumName: 'LoanStatus' },
                  { key: 'principal', field: 'principal', kind: 'money' },
                  { key: 'disbursedOn', field: 'disbursedOn', kind: 'date' },
                  { key: 'daysPastDue', field: 'standing.daysPastDue', kind: 'int' },
                  { key: 'bucket', field: 'standing.bucket', enumName: 'LoanArrearsBucket' },
                  { key: 'outstanding', field: 'standing.outstandingPrincipal', kind: 'money' },
                ]}
              />
            </Section>
          </div>
        </>
      )}
    </div>
  );
}
