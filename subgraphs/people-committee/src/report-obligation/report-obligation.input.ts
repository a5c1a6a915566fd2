import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { ReportSection } from '@chung-tay/common';
import { ReportSchedule, UnitLevel } from '../enums';

@InputType({ description: 'A new report obligation.' })
export class DefineReportObligationInput {
  @Field(() => ReportSection)
  section!: ReportSection;

  @Field({ description: 'A province or commune in force; reports come from units of `unitLevel` under it.' })
  @Matches(/^\d{2}(\d{3})?$/, { message: 'scopeUnitCode is a 2-digit province or 5-digit commune code' })
  scopeUnitCode!: string;

  @Field(() => UnitLevel)
  unitLevel!: UnitLevel;

  @Field(() => ReportSchedule)
  schedule!: ReportSchedule;

  @Field(() => Int, { defaultValue: 5 })
  @Min(1)
  @Max(31)
  dueDay!: number;

  @Field(() => Int, { nullable: true, description: 'For a fixed due date in the year, e.g. 11 (30 Nov).' })
  @IsOptional()
  @Min(1)
  @Max(12)
  dueMonth?: number | null;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  firstYear!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  lastYear?: number | null;
}
