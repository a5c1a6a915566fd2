import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { ReportSection } from '@chung-tay/common';
import { ReportSchedule, UnitLevel } from '../enums';

@InputType({ description: 'A new report obligation.' })
export class DefineReportObligationInput {
  @Field(() => ReportSection, { description: 'The report section.' })
  section!: ReportSection;

  @Field({ description: 'A province or commune in force; reports come from units of `unitLevel` under it.' })
  @Matches(/^\d{2}(\d{3})?$/, { message: 'scopeUnitCode is a 2-digit province or 5-digit commune code' })
  scopeUnitCode!: string;

  @Field(() => UnitLevel, { description: 'The level of the units that report.' })
  unitLevel!: UnitLevel;

  @Field(() => ReportSchedule, {
    description:
      'How often a report is due: monthly, quarterly, cumulative (3, 6, 9 months and the year) or yearly.',
  })
  schedule!: ReportSchedule;

  @Field(() => Int, {
    defaultValue: 5,
    description: 'Day of the month the report is due, 1–31 (e.g. 5: the 5th of the month after the period).',
  })
  @Min(1)
  @Max(31)
  dueDay!: number;

  @Field(() => Int, { nullable: true, description: 'For a fixed due date in the year, e.g. 11 (30 Nov).' })
  @IsOptional()
  @Min(1)
  @Max(12)
  dueMonth?: number | null;

  @Field(() => Int, { description: 'First year reports are expected.' })
  @Min(2000)
  @Max(2100)
  firstYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year reports are expected; null while open-ended.' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  lastYear?: number | null;
}
