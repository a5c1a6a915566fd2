import { enumValueDescriptions } from '@chung-tay/vocabulary';
import { registerEnumType } from 'type-graphql';

export enum ReportTimeliness {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
  NOT_YET_DUE = 'NOT_YET_DUE',
}
registerEnumType(ReportTimeliness, {
  name: 'ReportTimeliness',
  description:
    'On time: first submitted on or before the due date; late: after it; missing: not submitted and the due ' +
    'date has passed; not yet due: not submitted, due date still ahead.',
  valuesConfig: enumValueDescriptions('ReportTimeliness'),
});

/**
 * Timeliness is judged by the first submission (Vietnam date): a report returned for correction and sent again
 * keeps the date it first came in, as completeness registers do.
 */
export function timelinessOf(
  dueOn: string,
  firstSubmittedOn: string | null,
  today: string,
): ReportTimeliness {
  if (firstSubmittedOn) return firstSubmittedOn <= dueOn ? ReportTimeliness.ON_TIME : ReportTimeliness.LATE;
  return today > dueOn ? ReportTimeliness.MISSING : ReportTimeliness.NOT_YET_DUE;
}

export interface TimelinessCounts {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
}

export function countTimeliness(rows: { timeliness: ReportTimeliness }[]): TimelinessCounts {
  const n = (t: ReportTimeliness) => rows.filter((r) => r.timeliness === t).length;
  const onTime = n(ReportTimeliness.ON_TIME);
  const late = n(ReportTimeliness.LATE);
  return {
    expected: rows.length,
    submitted: onTime + late,
    onTime,
    late,
    missing: n(ReportTimeliness.MISSING),
    notYetDue: n(ReportTimeliness.NOT_YET_DUE),
  };
}
