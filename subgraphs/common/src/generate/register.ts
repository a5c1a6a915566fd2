import type { GenHousehold, GenPerson, HouseholdStatusCode } from './types';

/** The status a household held on a date, from its history (null before it was registered). */
export function statusOn(h: GenHousehold, date: string): GenHousehold['history'][number] | null {
  let found: GenHousehold['history'][number] | null = null;
  for (const entry of h.history) if (entry.effectiveDate <= date) found = entry;
  return found;
}

/** On the poor or near-poor list (the households most programmes serve). */
export const isListed = (s: HouseholdStatusCode | undefined | null) => s === 'POOR' || s === 'NEAR_POOR';

/** Age in whole years on a date. */
export const ageOn = (p: GenPerson, date: string) => {
  const years = Number(date.slice(0, 4)) - p.birthYear;
  return p.birthDate.slice(5) > date.slice(5) ? years - 1 : years;
};
