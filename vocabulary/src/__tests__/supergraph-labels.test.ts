import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { ENUM_LABELS, LANGUAGES } from '..';

// The composed supergraph is what every screen and export shows values of; the join__/link__ enums are
// federation's own plumbing, never shown to a person.
const supergraph = parse(readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'));
const enums = supergraph.definitions.filter(
  (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && !d.name.value.includes('__'),
);
const values = enums.flatMap((e) => (e.values ?? []).map((v) => [e.name.value, v.name.value] as const));

describe('every enum value of the supergraph', () => {
  it('is found in the composed schema (the test reads the right file)', () => {
    expect(enums.length).toBeGreaterThan(50);
    expect(values).toContainEqual(['HouseholdStatus', 'ESCAPED_POVERTY']);
  });

  it('has a label in Vietnamese and English', () => {
    const missing = values.flatMap(([name, value]) =>
      LANGUAGES.filter((lang) => !ENUM_LABELS[name]?.[value]?.[lang]?.trim()).map(
        (lang) => `${name}.${value} (${lang})`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('is the only kind of value labelled: no label for an enum or value the graph does not have', () => {
    const inGraph = new Set(values.map(([name, value]) => `${name}.${value}`));
    const stale = Object.entries(ENUM_LABELS).flatMap(([name, labels]) =>
      Object.keys(labels)
        .map((value) => `${name}.${value}`)
        .filter((key) => !inGraph.has(key)),
    );
    expect(stale).toEqual([]);
  });
});
