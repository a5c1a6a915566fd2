import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { registerEnums } from '../schema/register-enums';
import { PeriodScalar, type Period } from '../period';
import { DateScalar } from '../schema/scalars';
import { AreaReportStatus } from './area-report.entity';
import { ReportSection } from './report-section';
import { ReportTimeliness } from './timeliness';

export enum AreaReportDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}

registerEnums([
  [
    AreaReportStatus,
    'AreaReportStatus',
    'Draft (figures may be refreshed) → submitted (frozen) → accepted, or returned with a comment; after a ' +
      'return the organisation prepares a new version.',
  ],
  [
    AreaReportDecision,
    'AreaReportDecision',
    "The People's Committee's decision on a submitted report version: accept it, or return it with a comment.",
  ],
]);

@ObjectType({
  description:
    "A report the People's Committee expects: a section, a unit, a period and the day it is due (from the " +
    'report obligations).',
})
@Directive('@shareable')
export class ExpectedReport {
  @Field(() => ReportSection, { description: 'The report section expected.' })
  section!: ReportSection;

  @Field({ description: 'GSO code of the unit that owes it.' })
  unitCode!: string;

  @Field(() => PeriodScalar, { description: 'The period it covers.' })
  period!: Period;

  @Field(() => DateScalar, {
    description: "The day it is due (Vietnam date), from the People's Committee's obligation.",
  })
  dueOn!: string;
}

@ObjectType({ description: 'An expected report and what came of it.' })
@Directive('@shareable')
export class ExpectedReportStatus extends ExpectedReport {
  @Field(() => ReportTimeliness, {
    description: 'On time, late, missing or not yet due, as of today (Vietnam date).',
  })
  timeliness!: ReportTimeliness;

  @Field(() => DateScalar, { nullable: true, description: 'Vietnam date of the first submission.' })
  submittedOn!: string | null;

  @Field(() => AreaReportStatus, { nullable: true, description: 'Status of the latest version, if any.' })
  status!: AreaReportStatus | null;

  @Field(() => Int, { nullable: true, description: "The latest version's number, if any." })
  version!: number | null;

  @Field(() => ID, { nullable: true, description: 'The latest version, if any.' })
  reportId!: string | null;
}

@ObjectType({
  description:
    "Completeness and timeliness of one organisation's reports for an area and period: every report expected " +
    'from the units in the area for periods inside the period.',
})
@Directive('@shareable')
export class AreaReporting {
  @Field(() => Int, {
    description: "Reports the People's Committee expects from the area's units for the period.",
  })
  expected!: number;
  @Field(() => Int, { description: 'On time plus late.' })
  submitted!: number;
  @Field(() => Int, { description: 'Expected reports first submitted on or before their due day.' })
  onTime!: number;
  @Field(() => Int, { description: 'Expected reports first submitted after their due day.' })
  late!: number;
  @Field(() => Int, { description: 'Due date passed, nothing submitted.' })
  missing!: number;
  @Field(() => Int, {
    description: 'Expected reports not submitted whose due day has not passed (Vietnam date).',
  })
  notYetDue!: number;
  @Field(() => Int, { description: 'Reports whose latest version was accepted.' })
  accepted!: number;
  @Field(() => Int, { description: 'Reports whose latest version was returned for correction.' })
  returned!: number;
  @Field(() => [ExpectedReportStatus], {
    description: 'Each expected report and what came of it, by unit and section.',
  })
  reports!: ExpectedReportStatus[];
}
