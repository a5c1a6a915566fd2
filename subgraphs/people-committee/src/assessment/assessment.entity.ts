import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { Classification, DeprivationIndicator, HouseholdStatus, PoorCategory, ReviewKind } from '../enums';

@ObjectType({ description: 'One review (rà soát) of a household under a named poverty standard.' })
@Entity('assessment')
@Index(['householdId', 'reviewDate'])
@Index('assessment_one_periodic_review_per_year', ['householdId', 'reviewYear'], {
  unique: true,
  where: "review_kind = 'PERIODIC'",
})
export class Assessment {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ReviewKind, { description: 'Periodic (yearly, 1 Sep–14 Dec) or ad hoc (monthly).' })
  @Column({ name: 'review_kind', type: 'varchar', length: 10 })
  reviewKind!: ReviewKind;

  @Field(() => Int, { description: 'The review year the assessment counts for.' })
  @Column({ name: 'review_year', type: 'int' })
  reviewYear!: number;

  @Field(() => DateScalar, { description: 'The day of the review.' })
  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Average income per person per month (VND); People's Committee only.",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ name: 'income_per_person_month', type: 'bigint', transformer: bigintTransformer })
  incomePerPersonMonth!: number;

  @Field(() => [DeprivationIndicator], {
    nullable: true,
    description: "The indicators in which the household is deprived; People's Committee only.",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ type: 'text', array: true })
  deprivations!: DeprivationIndicator[];

  @Field(() => Int, {
    description: "How many of the standard's indicators the household is deprived in (0–12).",
  })
  @Column({ name: 'deprivation_count', type: 'int' })
  deprivationCount!: number;

  @Field({ description: 'Code of the poverty standard applied.' })
  @Column({ name: 'standard_code', type: 'varchar', length: 40 })
  standardCode!: string;

  @Field(() => Classification, {
    description: 'The result under the standard: poor, near-poor, middle-income or above.',
  })
  @Column({ type: 'varchar', length: 20 })
  classification!: Classification;

  @Field(() => HouseholdStatus, { description: 'The household status this review led to.' })
  @Column({ name: 'resulting_status', type: 'varchar', length: 24 })
  resultingStatus!: HouseholdStatus;

  @Field(() => PoorCategory, {
    nullable: true,
    description:
      'For a poor household in a province that splits them: A (able to work) or B (under social protection).',
  })
  @Column({ name: 'poor_category', type: 'varchar', length: 1, nullable: true })
  poorCategory!: PoorCategory | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
