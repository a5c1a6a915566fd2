import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, MoneyScalar } from '@chung-tay/common';
import { PersonalFor } from '../personal';
import { SolidarityHouseFundingSource } from '../enums';

@ObjectType({ description: "One source of a house's money." })
@Entity('solidarity_house_funding')
export class SolidarityHouseFunding {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'house_id', type: 'uuid' })
  houseId!: string;

  @Field(() => SolidarityHouseFundingSource, {
    description:
      'Who pays this part: the Front fund, the state budget, an enterprise, a union, the community, the household …',
  })
  @Column({ type: 'varchar', length: 20 })
  source!: SolidarityHouseFundingSource;

  @Field(() => MoneyScalar, { description: 'Whole đồng from this source.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => ID, { nullable: true, description: 'The Front fund that pays (source FRONT_FUND).' })
  @Index()
  @Column({ name: 'fund_id', type: 'uuid', nullable: true })
  fundId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The disbursement made from that fund once building began.',
  })
  @Column({ name: 'disbursement_id', type: 'uuid', nullable: true })
  disbursementId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who gave it (an enterprise, a benefactor); names from the community are the Front's only.",
  })
  @UseMiddleware(
    PersonalFor((f: SolidarityHouseFunding) => f.source === SolidarityHouseFundingSource.COMMUNITY),
  )
  @Column({ type: 'text', nullable: true })
  contributor!: string | null;
}
