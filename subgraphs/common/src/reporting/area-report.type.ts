import { Field, GraphQLISODateTime, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import { PeriodScalar, type Period } from '../period';
import { AreaReportStatus } from './area-report.entity';
import { ReportSection } from './report-section';

/** The GraphQL type of an organisation's report versions (`<Organisation>AreaReport`), over its figures type. */
export function createAreaReportType<F extends object>(
  reportName: string,
  owner: string,
  figures: ClassType<F>,
) {
  @ObjectType(reportName, {
    description: `One version of a ${owner} report section for a unit and period, figures frozen when prepared.`,
  })
  class OrgAreaReport {
    @Field(() => ID, { description: 'This version of the report.' })
    id!: string;
    @Field(() => ReportSection, { description: 'The report section (one of the organisation’s own).' })
    section!: ReportSection;
    @Field({ description: 'GSO code of the unit the report covers (with the units below it).' })
    unitCode!: string;
    @Field(() => PeriodScalar, { description: 'The period the figures cover, e.g. 2025-Q1 or 2025.' })
    period!: Period;
    @Field(() => Int, {
      description: 'Version number, from 1; a returned report is corrected in the next one.',
    })
    version!: number;
    @Field(() => AreaReportStatus, {
      description: 'Where this version stands: draft, submitted, accepted or returned.',
    })
    status!: AreaReportStatus;
    @Field(() => figures, { description: 'The figures as they were when this version was prepared.' })
    figures!: F;
    @Field(() => GraphQLISODateTime, { description: 'When the figures were taken.' })
    takenAt!: Date;
    @Field({ description: 'Token subject of the officer who prepared this version.' })
    preparedBy!: string;
    @Field(() => GraphQLISODateTime, {
      nullable: true,
      description: "When it was sent to the People's Committee.",
    })
    submittedAt!: Date | null;
    @Field(() => String, { nullable: true, description: 'Token subject of the officer who submitted it.' })
    submittedBy!: string | null;
    @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted or returned.' })
    reviewedAt!: Date | null;
    @Field(() => String, {
      nullable: true,
      description: "Token subject of the People's Committee officer who reviewed it.",
    })
    reviewedBy!: string | null;
    @Field(() => String, { nullable: true, description: "Why the People's Committee returned it." })
    reviewComment!: string | null;
  }
  return OrgAreaReport;
}
