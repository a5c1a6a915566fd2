import { Directive, Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { AreaType, HouseholdStatus, PoorCategory } from '../enums';

@ObjectType({ description: "A household in the register kept by the People's Committee." })
@Directive('@key(fields: "id")')
@Entity('household')
export class Household {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'The household code in the register, unique.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Field({ description: 'Code of the commune or ward the household lives in.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "Detailed address (house number, hamlet or quarter); People's Committee only.",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ type: 'text' })
  address!: string;

  @Field(() => AreaType, { description: 'Urban or rural: which income line applies.' })
  @Column({ name: 'area_type', type: 'varchar', length: 5 })
  areaType!: AreaType;

  @Column({ name: 'head_person_id', type: 'uuid', nullable: true })
  headPersonId!: string | null;

  @Field(() => HouseholdStatus, {
    description:
      'Poor, near-poor, escaped poverty, escaped near-poverty, or not poor, per the latest decision.',
  })
  @Index()
  @Column({ type: 'varchar', length: 24 })
  status!: HouseholdStatus;

  @Field(() => DateScalar, { description: 'Date the current status took effect.' })
  @Column({ name: 'status_since', type: 'date' })
  statusSince!: string;

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'A or B for poor households in provinces that split them.',
  })
  @Column({ name: 'poor_category', type: 'varchar', length: 1, nullable: true })
  poorCategory!: PoorCategory | null;

  @Field({ description: 'Whether the household is under social protection (bảo trợ xã hội).' })
  @Column({ name: 'social_protection', type: 'boolean', default: false })
  socialProtection!: boolean;

  @Field(() => Int, {
    description:
      'Goes up by one with every change of the household (its details, or a review changing its status); ' +
      'updateHousehold takes the version the edit was prepared on and refuses it when it has moved.',
  })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
