import { Directive, Field, ObjectType } from 'type-graphql';

/** A People's Committee unit, pointed at by code; the gateway fetches its name and parents from there. */
@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field()
  code!: string;
}

export const unitRef = (code: string): AdministrativeUnitRef => ({ code });
