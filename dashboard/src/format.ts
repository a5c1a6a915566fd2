/**
 * Numbers as Vietnamese documents write them: dots group thousands, a comma before decimals, "₫" after money
 * (1.234.567 ₫). Written out by hand rather than with Intl so the output is the same in every browser.
 */
export const NONE = '—';
const NBSP = '\u00a0';

const groupDigits = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function formatNumber(value: unknown, maxDecimals = 2): string {
  const n = toNumber(value);
  if (n === null) return NONE;
  const sign = n < 0 ? '-' : '';
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [whole, decimals = ''] = fixed.split('.');
  const trimmed = decimals.replace(/0+$/, '');
  return `${sign}${groupDigits(whole!)}${trimmed ? `,${trimmed}` : ''}`;
}

/** Money is whole đồng in the graph (an Int-like number, or a string when very large). */
export function formatMoney(value: unknown): string {
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const neg = value.startsWith('-');
    return `${neg ? '-' : ''}${groupDigits(value.replace('-', ''))}${NBSP}₫`;
  }
  const n = toNumber(value);
  return n === null ? NONE : `${formatNumber(Math.round(n), 0)}${NBSP}₫`;
}

/** Millions of đồng for chart axes (triệu đồng), one decimal. */
export const toMillions = (value: unknown) => {
  const n = toNumber(value);
  return n === null ? null : Math.round(n / 100_000) / 10;
};

export function formatPercent(value: unknown): string {
  const n = toNumber(value);
  return n === null ? NONE : `${formatNumber(n, 2)}${NBSP}%`;
}

/** ISO date (2026-09-30) as dd/mm/yyyy. */
export function formatDate(value: unknown): string {
  if (typeof value !== 'string') return NONE;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
