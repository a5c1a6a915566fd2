import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, MoneyScalar } from '@chung-tay/common';

@ObjectType({ description: "One sponsor's part of a pledge." })
@Entity('sponsorship_pledge_sponsor')
export class SponsorshipShare {
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId!: string;

  @Index()
  @PrimaryColumn({ name: 'sponsor_id', type: 'uuid' })
  sponsorId!: string;

  @Field(() => MoneyScalar, { description: 'What this sponsor gives per month.' })
  @Column({ name: 'amount_per_month', type: 'bigint', transformer: bigintTransformer })
  amountPerMonth!: number;
}
