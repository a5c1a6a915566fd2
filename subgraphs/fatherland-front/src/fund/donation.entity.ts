import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { PersonalFor } from '../personal';
import { FrontDonorKind } from '../enums';

@ObjectType({ description: 'Money given to a For-the-Poor fund.' })
@Entity('front_donation')
@Index(['fundId', 'date'])
@Index(['unitCode', 'date'])
export class FrontDonation {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the fund.' })
  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @Field({ description: "The fund's unit." })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the campaign.' })
  @Index()
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Field(() => FrontDonorKind, { description: 'Who gave: a person, an organisation or an enterprise.' })
  @Index()
  @Column({ name: 'donor_kind', type: 'varchar', length: 20 })
  donorKind!: FrontDonorKind;

  @Field(() => String, {
    nullable: true,
    description: "The donor's name; a person's name is shown to the Fatherland Front only.",
  })
  @UseMiddleware(PersonalFor((d: FrontDonation) => d.donorKind === FrontDonorKind.INDIVIDUAL))
  @Column({ name: 'donor_name', type: 'text' })
  donorName!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng given.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => DateScalar, { description: 'The day it was received.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
