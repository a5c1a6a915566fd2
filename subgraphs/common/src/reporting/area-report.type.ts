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
    @Field(() => ID)
    id!: string;
    @Field(() => ReportSection)
    section!: ReportSection;
    @Field()
    unitCode!: string;
    @Field(() => PeriodScalar)
    period!: Period;
    @Field(() => Int)
    version!: number;
    @Field(() => AreaReportStatus)
    status!: AreaReportStatus;
    @Field(() => figures, { description: 'The figures as they were when this version was prepared.' })
    figures!: F;
    @Field(() => GraphQLISODateTime, { description: 'When the figures were taken.' })
    takenAt!: Date;
    @Field()
    preparedBy!: string;
    @Field(() => GraphQLISODateTime, { nullable: true })
    submittedAt!: Date | null;
    @Field(() => String, { nullable: true })
    submittedBy!: string | null;
    @Field(() => GraphQLISODateTime, { nullable: true })
    reviewedAt!: Date | null;
    @Field(() => String, { nullable: true })
    reviewedBy!: string | null;
    @Field(() => String, { nullable: true, description: "Why the People's Committee returned it." })
    reviewComment!: string | null;
  }
  return OrgAreaReport;
}
