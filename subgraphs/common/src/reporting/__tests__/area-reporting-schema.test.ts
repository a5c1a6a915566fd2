import 'reflect-metadata';
import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from '../../schema/build-federated-schema';
import { subgraphInfo } from '../../organisations';
import { createAreaReporting } from '../area-reporting';

@ObjectType()
class LabourUnionFigures {
  @Field(() => Int)
  members!: number;
}

@Resolver()
class Root {
  @Query(() => Int)
  ping() {
    return 1;
  }
}

describe("an organisation's part of the area view", () => {
  it('extends AreaPeriod with its figures and takes the expected reports through @requires', async () => {
    const reporting = createAreaReporting({
      info: subgraphInfo('labour-union'),
      figures: LabourUnionFigures,
      figuresOf: async () => ({ members: 1 }),
      disclose: (f, d) => ({ members: d.count('members', f.members) ?? 0 }),
      loadUnit: () => async () => null,
    });
    const { sdl } = await buildFederatedSchema(
      { resolvers: [Root, ...reporting.resolvers], orphanedTypes: reporting.orphanedTypes },
      reporting.references,
    );
    const areaPeriod = /type AreaPeriod @key\(fields: "unitCode period"\) \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
    // Nullable: AreaPeriod is the People's Committee's, and the union's service may be unreachable.
    expect(areaPeriod).toMatch(/labourUnion: LabourUnionFigures\n/);
    expect(areaPeriod).toMatch(/reportsExpected: \[ExpectedReport!\]! @external/);
    expect(sdl).toMatch(
      /labourUnionReporting: AreaReporting @requires\(fields: "reportsExpected \{ section unitCode period dueOn \}"\)/,
    );
    expect(sdl).toMatch(/type ExpectedReport @shareable/);
    expect(sdl).toMatch(
      /prepareLabourUnionAreaReport\([\s\S]*?section: ReportSection![\s\S]*?\): LabourUnionAreaReport!/,
    );
    expect(sdl).toMatch(
      /reviewLabourUnionAreaReport\([\s\S]*?decision: AreaReportDecision![\s\S]*?\): LabourUnionAreaReport!/,
    );
    expect(sdl).toContain('labourUnionAreaReports(');
  });
});
