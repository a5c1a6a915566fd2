import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

/** What a description can be missing on; enums are the vocabulary's, but a reader needs them described too. */
export type DescribedKind = 'type' | 'field' | 'inputField' | 'argument' | 'enumValue';

export interface DescriptionAudit {
  /** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) by kind, in schema order. */
  missing: Record<DescribedKind, string[]>;
  /** How many of each kind the schema has. */
  total: Record<DescribedKind, number>;
}

const KINDS: DescribedKind[] = ['type', 'field', 'inputField', 'argument', 'enumValue'];

// Federation's own names reach the API schema only if a subgraph leaks them; they are not ours to describe.
const FEDERATION = /^(_Service|_Any|_Entity|_entities|_service|link__|join__)/;

/** Lists every type, field, input field, argument and enum value of a schema that has no (or a blank) description. */
export function auditDescriptions(schema: GraphQLSchema): DescriptionAudit {
  const missing = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as DescriptionAudit['missing'];
  const total = Object.fromEntries(KINDS.map((k) => [k, 0])) as DescriptionAudit['total'];
  const check = (kind: DescribedKind, coordinate: string, description: string | null | undefined) => {
    total[kind] += 1;
    if (!description?.trim()) missing[kind].push(coordinate);
  };
  // Query and Mutation are containers every client knows; their fields are what needs saying.
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || FEDERATION.test(type.name)) continue;
    if (!roots.has(type.name)) check('type', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION.test(field.name)) continue;
        check('field', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args)
          check('argument', `${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check('inputField', `${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        check('enumValue', `${type.name}.${value.name}`, value.description);
    }
  }
  return { missing, total };
}
