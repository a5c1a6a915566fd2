import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { FiveNoThreeCleanHouseholdStatus } from '../enums';

@ObjectType({
  description:
    'A chapter\'s pledge for a year to help poor and near-poor households become "Gia đình 5 không 3 sạch" ' +
    '(the standard pledge is 10 households per chapter; the number is set on each pledge).',
})
@Entity('pledge')
@Unique('pledge_chapter_year', ['chapterId', 'year'])
export class FiveNoThreeCleanPledge {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "Id of the Women's Union chapter." })
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: "The chapter's commune." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => Int, { description: 'The year pledged for.' })
  @Index()
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: 'How many households the chapter pledged to help (10 by the standard).' })
  @Column({ name: 'target_households', type: 'int' })
  targetHouseholds!: number;

  @Field(() => DateScalar, { description: 'The day the chapter pledged.' })
  @Column({ name: 'pledged_on', type: 'date' })
  pledgedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({
  description:
    "One household of a pledge: which year, which chapter, the household's status when pledged, and its reviews.",
})
@Entity('pledged_household')
@Unique('pledged_household_once_a_year', ['householdId', 'year'])
export class FiveNoThreeCleanPledgedHousehold {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the pledge.' })
  @Index()
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => Int, { description: "The pledge's year." })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: "GSO code of the pledging chapter's commune." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => FiveNoThreeCleanHouseholdStatus, {
    description:
      "The register's status of the household when it was pledged, as `registerMatch` gave it (kept as given: this " +
      'subgraph cannot read the register).',
  })
  @Column({ name: 'status_when_pledged', type: 'varchar', length: 24 })
  statusWhenPledged!: FiveNoThreeCleanHouseholdStatus;

  @Field(() => DateScalar, { description: 'When the household was added to the pledge.' })
  @Column({ name: 'added_on', type: 'date' })
  addedOn!: string;
}

@ObjectType({
  description:
    'A review of a pledged household against the 8 yes/no criteria of "5 không 3 sạch". The criteria about the ' +
    "family's conduct are shown only to the Women's Union.",
})
@Entity('pledge_review')
@Unique('pledge_review_once_a_day', ['pledgedHouseholdId', 'reviewDate'])
export class FiveNoThreeCleanReview {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'pledged_household_id', type: 'uuid' })
  pledgedHouseholdId!: string;

  @Field(() => ID, { description: 'Id of the pledge.' })
  @Index()
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => Int, { description: "The pledge's year." })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: "GSO code of the pledging chapter's commune." })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'The day of the review.' })
  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  @Field({ description: 'Không đói nghèo: no hunger or poverty.' })
  @Column({ name: 'no_hunger_or_poverty', type: 'boolean' })
  noHungerOrPoverty!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Không vi phạm pháp luật và tệ nạn xã hội; Women's Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'no_law_breaking_or_social_evils', type: 'boolean' })
  noLawBreakingOrSocialEvils!: boolean;

  @Field(() => Boolean, { nullable: true, description: "Không có bạo lực gia đình; Women's Union only." })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'no_domestic_violence', type: 'boolean' })
  noDomesticViolence!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Không vi phạm chính sách dân số; Women's Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'no_population_policy_violation', type: 'boolean' })
  noPopulationPolicyViolation!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Không có trẻ suy dinh dưỡng và bỏ học: no malnourished or school-dropout children; Women's Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'no_malnourished_or_dropout_children', type: 'boolean' })
  noMalnourishedOrDropoutChildren!: boolean;

  @Field({ description: 'Sạch nhà.' })
  @Column({ name: 'clean_house', type: 'boolean' })
  cleanHouse!: boolean;

  @Field({ description: 'Sạch bếp.' })
  @Column({ name: 'clean_kitchen', type: 'boolean' })
  cleanKitchen!: boolean;

  @Field({ description: 'Sạch ngõ.' })
  @Column({ name: 'clean_alley', type: 'boolean' })
  cleanAlley!: boolean;

  @Field(() => Int, { description: 'How many of the 8 criteria the household meets.' })
  @Column({ name: 'criteria_met', type: 'smallint', insert: false, update: false })
  criteriaMet!: number;

  @Field(() => String, { nullable: true, description: "Women's Union only." })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
