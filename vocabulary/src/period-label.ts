import type { Language } from './label';
import { tryParsePeriod } from './period';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A period code in words, as Vietnamese reports head their pages: "Quý III/2026", "Tháng 7/2026",
 * "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". Not a period code: given back as it came.
 */
export function periodLabel(lang: Language, code: string): string {
  const p = tryParsePeriod(code);
  if (!p) return code;
  const { year } = p;
  const part = Number(code.slice(code.length - 1));
  const month = Number(code.slice(5, 7));
  if (lang === 'vi') {
    if (p.kind === 'QUARTER') return `Quý ${ROMAN[part - 1]}/${year}`;
    if (p.kind === 'MONTH') return `Tháng ${month}/${year}`;
    if (p.kind === 'SIX_MONTHS') return `6 tháng đầu năm ${year}`;
    if (p.kind === 'NINE_MONTHS') return `9 tháng năm ${year}`;
    return `Năm ${year}`;
  }
  if (p.kind === 'QUARTER') return `Q${part} ${year}`;
  if (p.kind === 'MONTH') return `${MONTHS_EN[month - 1]} ${year}`;
  if (p.kind === 'SIX_MONTHS') return `First half of ${year}`;
  if (p.kind === 'NINE_MONTHS') return `Nine months of ${year}`;
  return `Year ${year}`;
}
