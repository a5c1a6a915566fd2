import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VisibleOnlyTo } from '@chung-tay/common';
import { PersonalFor } from '../personal';
import { FrontSponsorKind, SponsorshipLevel } from '../enums';

export const PERSONAL_SPONSOR_KINDS = [FrontSponsorKind.INDIVIDUAL, FrontSponsorKind.FAMILY];

@ObjectType({ description: 'Someone who sponsors (đỡ đầu) people in need under Resolution 179/2019.' })
@Entity('front_sponsor')
@Index(['unitCode', 'kind'])
// A commune signs as one sponsor.
@Index('front_sponsor_one_per_commune', ['unitCode'], { unique: true, where: "kind = 'COMMUNE'" })
export class FrontSponsor {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => FrontSponsorKind, {
    description:
      'A commune, a district unit, a province body, an enterprise, an individual, a family or a hometown association.',
  })
  @Column({ type: 'varchar', length: 24 })
  kind!: FrontSponsorKind;

  @Field(() => SponsorshipLevel, {
    description:
      'The level it counts for: COMMUNE for a commune and for enterprises, people, families and associations ' +
      'mobilised by a commune; DISTRICT for district units; PROVINCE for province bodies and whoever the ' +
      'province mobilised.',
  })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  level!: SponsorshipLevel;

  @Field(() => String, {
    nullable: true,
    description: "Name; an individual's or a family's name is shown to the Fatherland Front only.",
  })
  @UseMiddleware(PersonalFor((s: FrontSponsor) => PERSONAL_SPONSOR_KINDS.includes(s.kind)))
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The unit whose Front committee mobilised the sponsor (a commune or the province).' })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => Int, { nullable: true, description: 'Staff (CBCC-NLĐ) of a district unit.' })
  @Column({ name: 'staff_count', type: 'int', nullable: true })
  staffCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Contact person and phone; Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
