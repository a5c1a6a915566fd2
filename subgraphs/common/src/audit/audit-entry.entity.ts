import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnums } from '../schema/register-enums';

export enum AuditKind {
  READ_SENSITIVE = 'READ_SENSITIVE',
  WRITE = 'WRITE',
  /** A mutation that failed: nothing changed, but who tried to change which records is kept. */
  WRITE_ATTEMPT = 'WRITE_ATTEMPT',
  /** A search or match over personal data (by name, national ID, household…), with its criteria. */
  SEARCH = 'SEARCH',
}
registerEnums([
  [
    AuditKind,
    'AuditKind',
    'A read of personal data, a change, a change that failed (nothing changed), or a search over personal data.',
  ],
]);

@ObjectType({
  description: 'One criterion of a search: the argument path (e.g. filter.search) and the values given.',
})
@Directive('@shareable')
export class AuditCriterion {
  @Field({ description: "The argument's path, e.g. filter.search." })
  name!: string;

  @Field(() => [String], { description: 'The values given for it.' })
  values!: string[];
}

@ObjectType({ description: 'Who read personal data or changed records, when, through which operation.' })
@Directive('@shareable')
@Entity('audit_entry')
@Index(['at'])
export class AuditEntry {
  @Field(() => ID, { description: 'This entry.' })
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Field({ description: 'The token subject.' })
  @Column({ type: 'text' })
  subject!: string;

  @Field({ description: "The caller's organisation." })
  @Column({ type: 'text' })
  organisation!: string;

  @Field(() => [String], { description: "The caller's roles at the time." })
  @Column({ type: 'text', array: true })
  roles!: string[];

  @Field(() => AuditKind, {
    description: 'What the caller did: read personal data, changed records (or tried to), or searched.',
  })
  @Column({ type: 'varchar', length: 16 })
  kind!: AuditKind;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name, if the client gave one.' })
  @Column({ type: 'text', nullable: true })
  operation!: string | null;

  @Field({
    description:
      'Type read (e.g. Person), mutation run (e.g. registerHousehold) or query searched (e.g. households).',
  })
  @Column({ name: 'record_type', type: 'text' })
  recordType!: string;

  @Field(() => [String], {
    description:
      'Records read; for a change, the ids its arguments name and the ids it returned; for a search, those found.',
  })
  @Column({ name: 'record_ids', type: 'text', array: true })
  recordIds!: string[];

  @Field(() => [String], {
    description:
      'Personal-data fields read; for a change (or an attempt), the names of the input fields given, never their values.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @Field(() => [AuditCriterion], {
    nullable: true,
    description:
      'What a search or match looked for (national IDs and names included: this log is admins-only).',
  })
  @Column({ type: 'jsonb', nullable: true })
  criteria!: AuditCriterion[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many records a search or match found (0 when it found no one); null when it failed.',
  })
  @Column({ name: 'result_count', type: 'integer', nullable: true })
  resultCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The error code the field answered with when it failed (e.g. FORBIDDEN, NOT_FOUND).',
  })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field({ description: 'The request it belongs to; every entry of one GraphQL request shares it.' })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;
}
