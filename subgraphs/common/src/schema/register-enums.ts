import { enumValueDescriptions } from '@chung-tay/vocabulary';
import { registerEnumType } from 'type-graphql';

/**
 * One enum of a subgraph: the TypeScript enum, its name in the graph, what it means, and, where the organisation
 * says more than a label can, its own description of each value.
 */
export type EnumRegistration = [
  values: object,
  name: string,
  description: string,
  valueDescriptions?: Record<string, string>,
];

/**
 * Registers a subgraph's enums. A value without a description of its own is described by its vocabulary label
 * ("Near-poor (Hộ cận nghèo)"), so the schema says what the screens and the exports say.
 */
export function registerEnums(enums: EnumRegistration[]): void {
  for (const [values, name, description, own] of enums) {
    const valuesConfig = {
      ...enumValueDescriptions(name),
      ...Object.fromEntries(Object.entries(own ?? {}).map(([k, d]) => [k, { description: d }])),
    };
    registerEnumType(values, { name, description, valuesConfig });
  }
}
