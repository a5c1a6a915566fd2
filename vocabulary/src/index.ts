export * from './organisations';
export * from './label';
export * from './roles';
export * from './report-sections';
export * from './period';
export * from './period-label';
export * from './labels';
export { KIT_LABELS } from './labels/kit';
export {
  PEOPLE_COMMITTEE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  POOR_CATEGORY_LABELS,
} from './labels/people-committee';
export { LABOUR_UNION_LABELS } from './labels/labour-union';
export { WOMENS_UNION_LABELS } from './labels/womens-union';
export { FATHERLAND_FRONT_LABELS } from './labels/fatherland-front';
export { MICROFINANCE_LABELS } from './labels/microfinance';
