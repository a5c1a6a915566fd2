import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UnionOrganisationLevel } from '../enums';

@ObjectType({
  description:
    'A union organisation in the federation tree (province federation → district federations, sector and ' +
    'industrial-zone unions → grassroots unions), placed on an administrative unit.',
})
@Directive('@key(fields: "id")')
@Entity('union_organisation')
export class UnionOrganisation {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short unique code, e.g. LDLD-75 or CDCS-75-0001.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Field({ description: 'e.g. Công đoàn cơ sở Công ty May Việt Tiến.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => UnionOrganisationLevel, {
    description:
      'Province federation, district federation, sector or industrial-zone union, or grassroots union.',
  })
  @Index()
  @Column({ type: 'varchar', length: 24 })
  level!: UnionOrganisationLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation directly above; null for a province federation.',
  })
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field({ description: 'Code of the province or commune/ward the organisation is placed on.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set by the per-request loader: whether the record's unit lies inside the caller's units. */
  inCallerScope?: boolean;
}
