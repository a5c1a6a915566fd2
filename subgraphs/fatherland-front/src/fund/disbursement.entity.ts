import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { FrontDisbursementPurpose } from '../enums';

@ObjectType({ description: 'Money paid out of a For-the-Poor fund to a household or one of its members.' })
@Entity('front_disbursement')
@Index(['fundId', 'date'])
@Index(['unitCode', 'date'])
export class FrontDisbursement {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the fund.' })
  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @Field({ description: "The fund's unit." })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => FrontDisbursementPurpose, {
    description: 'What it paid for: a house share, a gift, a sponsorship payment, medical or school help.',
  })
  @Index()
  @Column({ type: 'varchar', length: 24 })
  purpose!: FrontDisbursementPurpose;

  @Field(() => ID, { description: "The household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { nullable: true, description: 'The member it was for, when personal (medical, school).' })
  @Index()
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The house it paid for (purpose HOUSE).' })
  @Index()
  @Column({ name: 'solidarity_house_id', type: 'uuid', nullable: true })
  solidarityHouseId!: string | null;

  @Field(() => MoneyScalar, { description: 'Whole đồng paid out.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => DateScalar, { description: 'The day it was paid.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
