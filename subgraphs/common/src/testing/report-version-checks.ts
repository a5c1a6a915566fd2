import { todayInVietnam } from '../clock';
import { ORGANISATIONS } from '../organisations';
import { areaFieldOf, figuresOfAreas, reportCount } from './area-contracts';
import type { AreaAdapter, AreaRef, ContractSubgraph } from './area-contracts';
import { testToken, type GraphQLResponse } from './subgraph-harness';

export interface ReportVersionsAdapter extends AreaAdapter {
  /** The organisation's officer and viewer over both areas. */
  tokens: () => { officer: string; viewer: string };
  /** The organisation's own section, and a section another organisation reports. */
  section: string;
  otherSection: string;
  /** Where the life cycle runs; it leaves version 1 returned and version 2 accepted there. */
  area: AreaRef;
  /** An area where the refused attempts must write nothing. */
  spare: AreaRef;
  /** Records something in `area` after the first draft, so that the area's figures move. */
  recordAfterDraft: () => Promise<void>;
  /** Hand-worked: what the first draft's figures hold (matched against it). */
  draft?: Record<string, unknown>;
  /** Units of the People's Committee reviewer and of the other organisations' officers; ['75'] if not given. */
  units?: string[];
}

/**
 * The life of a report version, the same for every organisation that reports to the People's Committee: the
 * figures are frozen when prepared (later records move the area, never the version), a submitted version waits
 * for review, a return needs a comment and starts version 2, an accepted version is final; only the
 * organisation's officers prepare, only its own sections, and a refusal writes nothing.
 */
export function describeAreaReportVersions(subgraph: ContractSubgraph, adapter: ReportVersionsAdapter): void {
  const org = subgraph.info.name;
  const field = areaFieldOf(subgraph);
  const Org = field.replace(/^\w/, (c) => c.toUpperCase());
  const REPORT = `id version status reviewComment figures { ${adapter.figures} }`;
  const PREPARE = `mutation($s: ReportSection!, $u: String!, $p: PeriodCode!) {
    prepare${Org}AreaReport(section: $s, unitCode: $u, period: $p) { ${REPORT} } }`;
  const SUBMIT = `mutation($id: ID!) { submit${Org}AreaReport(id: $id) { ${REPORT} } }`;
  const REVIEW = `mutation($id: ID!, $d: AreaReportDecision!, $c: String) {
    review${Org}AreaReport(id: $id, decision: $d, comment: $c) { ${REPORT} } }`;
  const STORED = `query($id: ID!) { ${field}AreaReport(id: $id) { ${REPORT} } }`;
  type Report = {
    id: string;
    version: number;
    status: string;
    reviewComment: string | null;
    figures: unknown;
  };

  const send = (doc: string, vars: Record<string, unknown>, token: string) =>
    adapter.harness().query(doc, vars, token);
  const answer = (res: GraphQLResponse, name: string): Report => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data![name] as Report;
  };
  const prepare = (area: AreaRef, token: string, section = adapter.section) =>
    send(PREPARE, { s: section, u: area.unitCode, p: area.period }, token);
  const reports = () => reportCount(adapter);
  const reviewer = () =>
    testToken({ org: 'people-committee', units: adapter.units ?? ['75'], roles: ['officer'] });

  describe(`${org}: report versions`, () => {
    it('freezes the figures when prepared; draft → submitted → returned → version 2 → accepted, then final', async () => {
      const { officer, viewer } = adapter.tokens();
      const pc = await reviewer();
      const v1 = answer(await prepare(adapter.area, officer), `prepare${Org}AreaReport`);
      expect(v1).toMatchObject({ version: 1, status: 'DRAFT' });
      if (adapter.draft) expect(v1.figures).toMatchObject(adapter.draft);
      const [before] = await figuresOfAreas(subgraph, adapter, [adapter.area], officer);
      expect(v1.figures).toEqual(before);

      await adapter.recordAfterDraft();
      const [live] = await figuresOfAreas(subgraph, adapter, [adapter.area], officer);
      expect(live).not.toEqual(v1.figures);
      expect(answer(await send(STORED, { id: v1.id }, viewer), `${field}AreaReport`).figures).toEqual(
        v1.figures,
      );

      const sent = answer(await send(SUBMIT, { id: v1.id }, officer), `submit${Org}AreaReport`);
      expect(sent).toMatchObject({ status: 'SUBMITTED', figures: v1.figures });
      expect((await prepare(adapter.area, officer)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const bare = await send(REVIEW, { id: v1.id, d: 'RETURN' }, pc);
      expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      const byItself = await send(REVIEW, { id: v1.id, d: 'ACCEPT' }, officer);
      expect(byItself.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const comment = 'Thiếu số liệu ghi sau ngày lập báo cáo';
      const returned = answer(
        await send(REVIEW, { id: v1.id, d: 'RETURN', c: comment }, pc),
        `review${Org}AreaReport`,
      );
      expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: comment });

      const v2 = answer(await prepare(adapter.area, officer), `prepare${Org}AreaReport`);
      expect(v2).toMatchObject({ version: 2, status: 'DRAFT', figures: live });
      answer(await send(SUBMIT, { id: v2.id }, officer), `submit${Org}AreaReport`);
      const accepted = answer(await send(REVIEW, { id: v2.id, d: 'ACCEPT' }, pc), `review${Org}AreaReport`);
      expect(accepted.status).toBe('ACCEPTED');
      const final = await prepare(adapter.area, officer);
      expect(final.errors?.[0]).toMatchObject({
        message: expect.stringContaining('accepted'),
        extensions: { code: 'CONFLICT' },
      });
      expect(answer(await send(STORED, { id: v1.id }, viewer), `${field}AreaReport`)).toMatchObject({
        version: 1,
        status: 'RETURNED',
        figures: v1.figures,
      });
    });

    it("is prepared by the organisation's officers only, for its own sections, and a refusal writes nothing", async () => {
      const { officer, viewer } = adapter.tokens();
      const before = await reports();
      const others = await Promise.all(
        ORGANISATIONS.filter((o) => o !== org).map((o) =>
          testToken({ org: o, units: adapter.units ?? ['75'], roles: ['officer'] }),
        ),
      );
      for (const token of [...others, viewer]) {
        expect((await prepare(adapter.spare, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const foreign = await prepare(adapter.spare, officer, adapter.otherSection);
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'section' });
      // A period that has not begun has no figures to report (the area view refuses it too).
      const nextYear = String(Number(todayInVietnam().slice(0, 4)) + 1);
      const future = await prepare({ ...adapter.spare, period: nextYear }, officer);
      expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(await reports()).toBe(before);
    });
  });
}
