import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReportSection } from '@chung-tay/common';
import { ReportSchedule, UnitLevel } from '../enums';

@ObjectType({
  description:
    "Who reports what to the People's Committee: one organisation's section, from every unit of a level under " +
    'a scope unit, on a schedule, due a fixed number of days after each period (or on a fixed day of the year).',
})
@Entity('report_obligation')
export class ReportObligation {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ReportSection, { description: 'The report section.' })
  @Column({ type: 'varchar', length: 40 })
  section!: ReportSection;

  @Field({ description: 'Reports are expected from units of `unitLevel` in this unit and below.' })
  @Column({ name: 'scope_unit_code', type: 'varchar', length: 5 })
  scopeUnitCode!: string;

  @Field(() => UnitLevel, { description: 'The level of the units that report.' })
  @Column({ name: 'unit_level', type: 'varchar', length: 10 })
  unitLevel!: UnitLevel;

  @Field(() => ReportSchedule, {
    description:
      'How often a report is due: monthly, quarterly, cumulative (3, 6, 9 months and the year) or yearly.',
  })
  @Column({ type: 'varchar', length: 12 })
  schedule!: ReportSchedule;

  @Field(() => Int, { description: 'Day of the month the report is due.' })
  @Column({ name: 'due_day', type: 'int' })
  dueDay!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Month of a fixed due date in the period's year (e.g. 11 with dueDay 30: by 30 Nov); null: dueDay of " +
      'the month after the period ends (e.g. the 5th).',
  })
  @Column({ name: 'due_month', type: 'int', nullable: true })
  dueMonth!: number | null;

  @Field(() => Int, { description: 'First year reports are expected.' })
  @Column({ name: 'first_year', type: 'int' })
  firstYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year reports are due; null: until ended.' })
  @Column({ name: 'last_year', type: 'int', nullable: true })
  lastYear!: number | null;

  @Column({ name: 'defined_by', type: 'text' })
  definedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
