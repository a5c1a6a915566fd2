import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The People's Committee's programmes, pointed at by care plans; the shared references to households, persons
// and units come from the kit.

@ObjectType('Programme')
@Directive('@key(fields: "id", resolvable: false)')
export class ProgrammeRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}
