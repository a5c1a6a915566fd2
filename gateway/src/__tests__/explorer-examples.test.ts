import { ApolloGateway } from '@apollo/gateway';
import { ORGANISATIONS } from '@chung-tay/common';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { explorerExamples, lastFinishedQuarter } from '../explorer-examples';

const EXPLORER_EXAMPLES = explorerExamples('2026-11-23');

// The explorer's tabs are checked against the schema this gateway serves, so a renamed field fails here and not in
// an official's first try. (The end-to-end tests also run them with each organisation's token on the demo hub.)
let schema: GraphQLSchema;
let gateway: ApolloGateway;

beforeAll(async () => {
  gateway = new ApolloGateway({
    supergraphSdl: readFileSync(resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
  });
  ({ schema } = await gateway.load());
});
afterAll(() => gateway.stop());

describe('explorer examples', () => {
  it('ask about the last quarter that has ended and the current year', () => {
    expect(['2026-11-23', '2026-10-01', '2026-09-30', '2027-02-01'].map(lastFinishedQuarter)).toEqual([
      '2026-Q3',
      '2026-Q3',
      '2026-Q2',
      '2026-Q4',
    ]);
    const [areaView] = explorerExamples('2027-02-01');
    expect(areaView!.variables).toEqual({ unitCode: '75', period: '2026-Q4' });
    expect(areaView!.query).toContain('$period: PeriodCode! = "2026-Q4"');
  });

  it('cover every organisation', () => {
    expect(new Set(EXPLORER_EXAMPLES.map((e) => e.org))).toEqual(new Set([null, ...ORGANISATIONS]));
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [e.org ?? 'every organisation', e] as const))(
    '%s: the operations are valid and their variables declared',
    (_, example) => {
      const document = parse(example.query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      const declared = new Set(
        document.definitions.flatMap((d) =>
          d.kind === 'OperationDefinition'
            ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value)
            : [],
        ),
      );
      expect(Object.keys(example.variables).sort()).toEqual([...declared].sort());
    },
  );
});
