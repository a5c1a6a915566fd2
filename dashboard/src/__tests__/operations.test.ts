import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  isLeafType,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type GraphQLObjectType,
  type ValidationContext,
} from 'graphql';
import { LAYOUT, layoutPaths } from '../figures';
import { ALL_OPERATIONS } from '../queries';

// The gateway's defaults (README, Configuration): depth 10, aliases 15, tokens 2000, cost 20000.
const LIMITS = { depth: 10, aliases: 15, tokens: 2000, cost: 20_000 };
// As the gateway's armor does: report a refusal as a validation error instead of throwing.
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

const api = Supergraph.build(readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

describe('every operation the dashboard sends', () => {
  it.each(Object.entries(ALL_OPERATIONS))(
    '%s is valid against the supergraph and within the limits',
    (_, op) => {
      const doc = parse(op, { maxTokens: LIMITS.tokens });
      const errors = validate(api, doc, [
        ...specifiedRules,
        costLimitRule({ maxCost: LIMITS.cost, ...report }),
        maxDepthRule({ n: LIMITS.depth, ...report }),
        maxAliasesRule({ n: LIMITS.aliases, ...report }),
      ]);
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it('would be refused over the cost limit (the check can fail)', () => {
    const doc = parse(ALL_OPERATIONS.NO_CARE_QUERY!.replace(/first: \d+/, 'first: 1000'));
    const errors = validate(api, doc, [costLimitRule({ maxCost: LIMITS.cost, ...report })]);
    expect(errors).toHaveLength(1);
  });
});

describe('the area layout', () => {
  const areaPeriod = api.getType('AreaPeriod') as GraphQLObjectType;

  it.each(LAYOUT.map((l) => [l.field, l] as const))(
    '%s shows only leaf fields of AreaPeriod',
    (_, layout) => {
      for (const path of layoutPaths(layout)) {
        let type: GraphQLObjectType = areaPeriod;
        const keys = path.split('.');
        keys.forEach((key, i) => {
          const field = type.getFields()[key];
          if (!field) throw new Error(`${path}: ${type.name} has no field ${key}`);
          const named = getNamedType(field.type);
          if (i === keys.length - 1) expect(isLeafType(named)).toBe(true);
          else type = named as GraphQLObjectType;
        });
      }
    },
  );

  it("shows every leaf of each organisation's figures", () => {
    const leaves = (type: GraphQLObjectType, prefix: string): string[] =>
      Object.values(type.getFields()).flatMap((f) => {
        const named = getNamedType(f.type);
        return isLeafType(named)
          ? [`${prefix}${f.name}`]
          : leaves(named as GraphQLObjectType, `${prefix}${f.name}.`);
      });
    for (const layout of LAYOUT) {
      const figures = getNamedType(areaPeriod.getFields()[layout.field]!.type) as GraphQLObjectType;
      // Target progress is shown from targets(year, unitCode), the note of a fund row is free text; how the
      // figures were protected is asked by every area query and shown as markers (withheld.ts).
      const expected = leaves(figures, `${layout.field}.`).filter(
        (p) =>
          !p.startsWith('peopleCommittee.targets.') &&
          !p.startsWith(`${layout.field}.disclosure.`) &&
          p !== 'labourUnion.fund.valueMillionVnd' &&
          p !== 'labourUnion.fund.note',
      );
      expect(layoutPaths(layout).sort()).toEqual(expected.sort());
    }
  });
});
