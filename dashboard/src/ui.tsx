import type { ComponentChildren } from 'preact';
import type { FigureKind } from './figures';
import { NONE, formatDate, formatMoney, formatNumber, formatPercent } from './format';
import { errorAt, getPath, isForbidden, splitPath, type GraphQLResult, type PathKey } from './graph';
import { enumLabel, type Language } from './i18n';
import { useT } from './language';
import { approximate, disclosureAt, withheldText } from './withheld';

export function formatValue(lang: Language, kind: FigureKind, value: unknown, enumName?: string): string {
  if (value === null || value === undefined) return NONE;
  if (enumName) return enumLabel(lang, enumName, value);
  switch (kind) {
    case 'int':
      return formatNumber(value, 0);
    case 'money':
      return formatMoney(value);
    case 'percent':
      return formatPercent(value);
    case 'date':
      return formatDate(value);
    case 'bool':
      return value ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
    default:
      return String(value);
  }
}

/** Why a value is missing, in a few words, with the gateway's message on hover. */
export function Reason({ result, keys }: { result: GraphQLResult | undefined; keys: PathKey[] }) {
  const { t } = useT();
  const error = result ? errorAt(result.errors, keys) : undefined;
  if (!error) return null;
  return (
    <small class="reason" title={error.message}>
      {isForbidden(error) ? t('forbidden') : t('unavailable')}
    </small>
  );
}

/**
 * One figure of the area view: `data-figure` is its path in AreaPeriod and `data-value` the raw value from the
 * graph ("" when null); the text is the formatted value. A value the caller may not see shows "—" and why.
 */
export function Figure(props: {
  result: GraphQLResult | undefined;
  root: PathKey[];
  path: string;
  kind: FigureKind;
  enumName?: string;
}) {
  const { lang, t } = useT();
  const keys = [...props.root, ...splitPath(props.path)];
  const value = getPath(props.result?.data, keys);
  const missing = value === null || value === undefined;
  const inArea = props.root.length === 1 && props.root[0] === 'areaPeriod';
  const withheld = inArea && missing ? withheldText(props.result, props.path, props.kind) : null;
  if (withheld) {
    const n = disclosureAt(props.result, props.path.split('.')[0]!)?.minRecords ?? '';
    return (
      <span class="figure withheld" data-figure={props.path} data-value="" title={t('withheld', { n })}>
        {withheld}
      </span>
    );
  }
  const shifted = inArea && !missing && value !== 0 && approximate(props.result, props.path, props.kind);
  return (
    <>
      <span
        class={`figure${missing ? ' none' : ''}`}
        data-figure={props.path}
        data-value={missing ? '' : String(value)}
      >
        {shifted ? '≈\u00a0' : ''}
        {formatValue(lang, props.kind, value, props.enumName)}
      </span>
      {missing && <Reason result={props.result} keys={keys} />}
    </>
  );
}

/** A value on the household page: "—" with the reason when the caller may not see it. */
export function Value(props: {
  result: GraphQLResult | undefined;
  path: PathKey[];
  kind?: FigureKind;
  enumName?: string;
}) {
  const { lang } = useT();
  const value = getPath(props.result?.data, props.path);
  if (value === null || value === undefined)
    return (
      <>
        <span class="none">{NONE}</span> <Reason result={props.result} keys={props.path} />
      </>
    );
  return <>{formatValue(lang, props.kind ?? 'text', value, props.enumName)}</>;
}

export function Section(props: { title: string; id?: string; children: ComponentChildren; class?: string }) {
  const headingId = props.id ? `${props.id}-title` : undefined;
  return (
    <section class={`panel ${props.class ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function ErrorNote({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}
