import { Sex } from '../enums';

/**
 * Province-of-registration prefixes of a 12-digit national ID (CCCD): "0" + the 63 pre-2025 GSO province
 * codes (Circular 07/2016/TT-BCA). They stay valid after the 2025 merger: codes are never reused.
 */
const PROVINCE_PREFIXES = new Set(
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'
    .split(' ')
    .map((c) => `0${c}`),
);

/** Century and sex digit: 0/1 = born 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s. */
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800];

export interface NationalIdProblem {
  message: string;
}

/** Checks a national ID's shape and, when known, that it agrees with the person's birth year and sex. */
export function checkNationalId(id: string, birthDate?: string, sex?: Sex): string | null {
  if (!/^\d{12}$/.test(id)) return 'must be exactly 12 digits';
  if (!PROVINCE_PREFIXES.has(id.slice(0, 3)))
    return `starts with ${id.slice(0, 3)}, which is no province code`;
  const digit = Number(id[3]);
  const year = CENTURY_BY_DIGIT[digit]! + Number(id.slice(4, 6));
  if (birthDate && Number(birthDate.slice(0, 4)) !== year) {
    return `encodes birth year ${year} but the birth date is ${birthDate}`;
  }
  const idSex = digit % 2 === 0 ? Sex.MALE : Sex.FEMALE;
  if (sex && sex !== idSex) return `encodes sex ${idSex} but the person is recorded as ${sex}`;
  return null;
}

/** Builds a valid ID (demo data and tests): province code, century/sex digit, year, six serial digits. */
export function makeNationalId(provinceCode: string, birthDate: string, sex: Sex, serial: number): string {
  const year = Number(birthDate.slice(0, 4));
  const century = Math.floor(year / 100) * 100;
  const base = CENTURY_BY_DIGIT.indexOf(century);
  const digit = base + (sex === Sex.FEMALE ? 1 : 0);
  return `0${provinceCode}${digit}${String(year % 100).padStart(2, '0')}${String(serial % 1e6).padStart(6, '0')}`;
}
