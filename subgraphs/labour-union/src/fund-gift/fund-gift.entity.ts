import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';

@ObjectType({
  description:
    'Workers\' gifts to the "For the Poor" fund collected by a union organisation in a campaign ' +
    '(the peak month, 17 Oct – 18 Nov); row 1 of the campaign report.',
})
@Entity('fund_gift')
@Index(['date', 'id'])
export class FundGift {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the union organisation.' })
  @Index()
  @Column({ name: 'union_organisation_id', type: 'uuid' })
  unionOrganisationId!: string;

  @Field({ description: "GSO code of the union organisation's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => Int, { description: 'The year of the campaign.' })
  @Index()
  @Column({ name: 'campaign_year', type: 'int' })
  campaignYear!: number;

  @Field(() => DateScalar, { description: 'When the gifts were handed to the fund.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: 'Workers who gave.' })
  @Column({ type: 'int' })
  contributors!: number;

  @Field(() => MoneyScalar, { description: 'Amount in VND.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description: "Free text, which may name a person's circumstances: Labour Union only (audited).",
  })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  inCallerScope?: boolean;
}
