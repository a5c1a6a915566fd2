import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditKind {
  READ_SENSITIVE = 'READ_SENSITIVE',
  WRITE = 'WRITE',
}
registerEnumType(AuditKind, { name: 'AuditKind', description: 'A read of personal data, or a change.' });

@ObjectType({ description: 'Who read personal data or changed records, when, through which operation.' })
@Directive('@shareable')
@Entity('audit_entry')
@Index(['at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Field({ description: 'The token subject.' })
  @Column({ type: 'text' })
  subject!: string;

  @Field()
  @Column({ type: 'text' })
  organisation!: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  roles!: string[];

  @Field(() => AuditKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: AuditKind;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name, if the client gave one.' })
  @Column({ type: 'text', nullable: true })
  operation!: string | null;

  @Field({ description: 'Type read (e.g. Person) or mutation run (e.g. registerHousehold).' })
  @Column({ name: 'record_type', type: 'text' })
  recordType!: string;

  @Field(() => [String])
  @Column({ name: 'record_ids', type: 'text', array: true })
  recordIds!: string[];

  @Field(() => [String], { description: 'Personal-data fields read.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @Field()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;
}
