// The package's entry for other packages: the definition and the lending rules, and nothing that starts a
// server; `index.ts` starts one.
export { subgraph } from './subgraph';
export { allocateRepayment, type Allocation, type InstalmentBalance } from './loan/allocation';
export { generateSchedule, type ScheduledInstalment, type ScheduleTerms } from './loan/schedule';
export { requiredSavings } from './loan/loan.rules';
