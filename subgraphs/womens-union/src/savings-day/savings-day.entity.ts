import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';

@ObjectType({
  description:
    'A yearly "Savings day for poor women" campaign (Ngày tiết kiệm vì phụ nữ nghèo) run by a chapter for the ' +
    'chapters below it.',
})
@Entity('savings_day_campaign')
@Unique('savings_day_campaign_chapter_year', ['chapterId', 'year'])
export class SavingsDayCampaign {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The chapter that runs the campaign.' })
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: "GSO code of the chapter's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => Int, { description: "The campaign's year." })
  @Index()
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Which time the campaign is held (e.g. the 30th in 2025).',
  })
  @Column({ type: 'int', nullable: true })
  edition!: number | null;

  @Field({ description: 'e.g. Ngày tiết kiệm vì phụ nữ nghèo 2025.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => DateScalar, { description: 'First day of the campaign.' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the campaign.' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The target the level above gave the running chapter (VND).',
  })
  @Column({ name: 'target_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  targetAmount!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({
  description: "A chapter's target in a savings-day campaign, and how much its chapters raised.",
})
@Entity('savings_day_target')
@Unique('savings_day_target_campaign_chapter', ['campaignId', 'chapterId'])
export class SavingsDayTarget {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the campaign.' })
  @Index()
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Field(() => ID, { description: "Id of the Women's Union chapter." })
  @Index()
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: "GSO code of the chapter's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => MoneyScalar, { description: 'Target amount (VND).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;
}

@ObjectType({ description: 'Money given to a savings-day campaign by a member or by a chapter as a whole.' })
@Entity('savings_day_contribution')
export class SavingsDayContribution {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the campaign.' })
  @Index()
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Field(() => ID, { description: "The contributing chapter, or the contributing member's chapter." })
  @Index()
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the member.' })
  @Index()
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Field({ description: "GSO code of the chapter's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  @Index()
  @Column({ type: 'date' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng given.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => String, { nullable: true, description: "Women's Union only." })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
