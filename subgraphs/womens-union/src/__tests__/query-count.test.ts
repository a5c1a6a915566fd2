import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { womensUnion } from '../subgraph';

let h: SubgraphHarness;
let token: string;

/**
 * 50 commune chapters of Đồng Nai with 2 branches each; 2 members per branch; a group per branch; 2 pledges per
 * commune (2024, 2025) naming 2 households each, reviewed once; a support activity per branch. Written straight
 * to the database: this file measures reads.
 */
async function seed(ds: SubgraphHarness['dataSource']) {
  await ds.query(`INSERT INTO chapter (id, name, level, unit_code, parent_id, path)
    VALUES ('00000000-0000-4000-8000-000000000075', 'Hội LHPN tỉnh Đồng Nai', 'PROVINCE', '75', NULL,
            '/00000000-0000-4000-8000-000000000075/')`);
  await ds.query(`INSERT INTO chapter (id, name, level, unit_code, parent_id, path)
    SELECT u.id, 'Hội LHPN ' || u.name, 'COMMUNE', u.code, '00000000-0000-4000-8000-000000000075',
      '/00000000-0000-4000-8000-000000000075/' || u.id || '/'
    FROM (SELECT gen_random_uuid() AS id, * FROM unit_tree WHERE parent_code = '75' ORDER BY code LIMIT 50) u`);
  await ds.query(`INSERT INTO chapter (id, name, level, unit_code, parent_id, path)
    SELECT b.id, 'Chi hội ấp ' || b.n, 'BRANCH', b.unit_code, b.parent, b.path || b.id || '/'
    FROM (SELECT gen_random_uuid() AS id, n, c.unit_code, c.id AS parent, c.path
          FROM chapter c, generate_series(1, 2) n WHERE c.level = 'COMMUNE') b`);
  await ds.query(`INSERT INTO union_member (chapter_id, unit_code, person_id, household_id, full_name, name_search, joined_on)
    SELECT c.id, c.unit_code, gen_random_uuid(), gen_random_uuid(), 'Lê Thị Thu ' || n, 'le thi thu ' || n, '2020-01-01'
    FROM chapter c, generate_series(1, 2) n WHERE c.level = 'BRANCH'`);
  await ds.query(`INSERT INTO savings_loan_group (chapter_id, unit_code, name, lender, leader_member_id, meeting_frequency,
      meeting_day, formed_on, status, status_since)
    SELECT c.id, c.unit_code, 'Tổ ' || c.name, 'VBSP',
      (SELECT m.id FROM union_member m WHERE m.chapter_id = c.id ORDER BY m.full_name LIMIT 1),
      'MONTHLY', 10, '2023-01-01', 'ACTIVE', '2023-01-01'
    FROM chapter c WHERE c.level = 'BRANCH'`);
  await ds.query(`INSERT INTO savings_loan_group_member (group_id, member_id, lender, joined_on)
    SELECT g.id, m.id, 'VBSP', '2023-01-01' FROM savings_loan_group g JOIN union_member m ON m.chapter_id = g.chapter_id`);
  await ds.query(`INSERT INTO pledge (chapter_id, unit_code, year, target_households, pledged_on)
    SELECT c.id, c.unit_code, y, 10, make_date(y, 1, 15) FROM chapter c, generate_series(2024, 2025) y WHERE c.level = 'COMMUNE'`);
  await ds.query(`INSERT INTO pledged_household (pledge_id, household_id, year, unit_code, status_when_pledged, added_on)
    SELECT p.id, m.household_id, p.year, p.unit_code, 'POOR', p.pledged_on
    FROM pledge p JOIN chapter b ON b.parent_id = p.chapter_id JOIN union_member m ON m.chapter_id = b.id
    WHERE m.full_name LIKE '% 1'`);
  await ds.query(`INSERT INTO pledge_review (pledged_household_id, pledge_id, household_id, year, unit_code, review_date,
      no_hunger_or_poverty, no_law_breaking_or_social_evils, no_domestic_violence, no_population_policy_violation,
      no_malnourished_or_dropout_children, clean_house, clean_kitchen, clean_alley)
    SELECT h.id, h.pledge_id, h.household_id, h.year, h.unit_code, make_date(h.year, 11, 20),
      true, true, true, true, true, true, true, h.year = 2025 FROM pledged_household h`);
  await ds.query(`INSERT INTO support_activity (chapter_id, unit_code, kind, household_id, date, value)
    SELECT c.id, c.unit_code, 'LIVELIHOOD_GIFT', m.household_id, '2025-04-01', 3000000
    FROM chapter c JOIN union_member m ON m.chapter_id = c.id WHERE m.full_name LIKE '% 1'`);
}

beforeAll(async () => {
  h = await startSubgraphHarness(womensUnion);
  await seed(h.dataSource);
  token = await testToken({ org: 'womens-union', units: ['75'], roles: ['viewer'] });
});
afterAll(() => h?.close());

async function statements(query: string, variables: Record<string, unknown>, check: (data: any) => void) {
  h.queries.reset();
  const res = await h.query(query, variables, token);
  expect(res.errors).toBeUndefined();
  check(res.data);
  return h.queries.count;
}

/** The same list at 10 and at 100 rows must cost the same statements. */
async function sameFor10And100(query: string, field: string, extra: Record<string, unknown> = {}) {
  const cost = async (first: number) =>
    statements(query, { first, ...extra }, (data) => {
      expect(data[field].nodes).toHaveLength(first);
    });
  const ten = await cost(10);
  const hundred = await cost(100);
  expect(hundred).toBe(ten);
  return hundred;
}

const measured: Record<string, number> = {};

describe('no N+1', () => {
  it('lists 100 savings-and-loan groups with chapter, leader, members and their groups in as many statements as 10', async () => {
    measured.groups = await sameFor10And100(
      `query($first: Int) { savingsLoanGroups(first: $first) { totalCount nodes { name unit { code } memberCount
        chapter { name parent { name parent { name } } } leader { fullName person { id } }
        members { fullName household { id } savingsLoanGroups { name } chapter { name } } } } }`,
      'savingsLoanGroups',
    );
    expect(measured.groups).toBeLessThanOrEqual(9);
  });

  it('lists 100 pledges with progress, households and reviews in as many statements as 10', async () => {
    measured.pledges = await sameFor10And100(
      `query($first: Int) { fiveNoThreeCleanPledges(first: $first) { nodes { year chapter { name memberCount }
        progress { pledged reviewed meetingAllCriteria achievedPercent }
        households { household { id } statusWhenPledged reviews { criteriaMet meetsAllCriteria } latestReview { reviewDate } } } } }`,
      'fiveNoThreeCleanPledges',
    );
    expect(measured.pledges).toBeLessThanOrEqual(8);
  });

  it('lists 100 members and 100 chapters with their relations in as many statements as 10', async () => {
    measured.members = await sameFor10And100(
      `query($first: Int) { womensUnionMembers(first: $first) { nodes { fullName joinedOn chapter { name level }
        savingsLoanGroups { name leader { fullName } } } } }`,
      'womensUnionMembers',
    );
    measured.chapters = await sameFor10And100(
      `query($first: Int) { womensUnionChapters(first: $first) { nodes { name parent { name } children { name }
        memberCount fiveNoThreeCleanPledge(year: 2025) { progress { pledged } } } } }`,
      'womensUnionChapters',
    );
    expect(Math.max(measured.members, measured.chapters)).toBeLessThanOrEqual(8);
  });

  it('computes 100 chapters’ reports with one statement per figure set', async () => {
    measured.reports = await sameFor10And100(
      `query($first: Int) { womensUnionReports(period: "2025-9M", filter: { level: BRANCH }, first: $first) { nodes {
        status submittedOn chapter { name } fiveNoThreeClean { pledged meetingAllCriteria } members { members }
        savingsDay { contributedAmount } savingsLoanGroups { lender groups members } support { kind value } } } }`,
      'womensUnionReports',
    );
    // count + page, chapters, then six figure sets (pledges, members, savings day, groups, support, submissions)
    expect(measured.reports).toBe(9);
  });

  it('resolves 100 group references, each checked against the caller’s units, in one statement', async () => {
    const ids = (await h.dataSource.query('SELECT id FROM savings_loan_group LIMIT 100')).map(
      (r: { id: string }) => r.id,
    );
    const cost = async (n: number) =>
      statements(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SavingsLoanGroup { name lender status } } }`,
        { reps: ids.slice(0, n).map((id: string) => ({ __typename: 'SavingsLoanGroup', id })) },
        (data) => expect(data._entities.filter(Boolean)).toHaveLength(n),
      );
    expect(await cost(10)).toBe(1);
    expect(await cost(100)).toBe(1);
  });

  it('answers 100 households’ and people’s union fields in as many statements as 10', async () => {
    const rows: { household_id: string; person_id: string }[] = await h.dataSource.query(
      `SELECT m.household_id, m.person_id FROM union_member m WHERE m.full_name LIKE '% 1' LIMIT 100`,
    );
    const cost = async (n: number) =>
      statements(
        `query($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Household { fiveNoThreeClean { year pledge { chapter { name } progress { met } } latestReview { criteriaMet } }
            womensUnionSupport { kind value } }
          ... on Person { womensUnionMembership { fullName chapter { name } savingsLoanGroups { name } } } } }`,
        {
          reps: rows.slice(0, n).flatMap((r) => [
            { __typename: 'Household', id: r.household_id },
            { __typename: 'Person', id: r.person_id },
          ]),
        },
        (data) => expect(data._entities).toHaveLength(2 * n),
      );
    const ten = await cost(10);
    expect(await cost(100)).toBe(ten);
    measured.entities = ten;
    expect(ten).toBeLessThanOrEqual(10);
  });

  afterAll(() => {
    // Shown in the test output so the report can quote them.
    console.log(`SQL statements per request: ${JSON.stringify(measured)}`);
  });
});
