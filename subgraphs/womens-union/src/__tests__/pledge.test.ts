import { randomUUID } from 'node:crypto';
import { ALL_YES, counts, ok, PLEDGE, REVIEWS, tree, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();

const households = (n: number, status = 'POOR') =>
  Array.from({ length: n }, () => ({ householdId: randomUUID(), statusWhenPledged: status }));

const PROGRESS = `query($id: ID!) { fiveNoThreeCleanPledge(id: $id) { year targetHouseholds chapter { level }
  progress { targetHouseholds pledged reviewed meetingAllCriteria meetingNoHungerOrPoverty achievedPercent met }
  households { householdId latestReview { reviewDate criteriaMet } } } }`;

describe('"5 không 3 sạch" pledges', () => {
  it('pledges 10 poor and near-poor households by default, and counts progress from each latest review', async () => {
    const { communes } = await tree(env.h, env.t.officer);
    const named = [...households(6), ...households(2, 'NEAR_POOR')];
    const pledge = (
      await ok(
        env.h,
        PLEDGE,
        { input: { chapterId: communes[0]!.id, year: 2025, pledgedOn: '2025-02-10', households: named } },
        env.t.officer,
      )
    ).pledgeFiveNoThreeClean;
    expect(pledge).toMatchObject({ year: 2025, targetHouseholds: 10, unitCode: communes[0]!.unitCode });
    expect(pledge.households).toHaveLength(8);

    const review = (i: number, reviewDate: string, overrides: Record<string, boolean> = {}) => ({
      householdId: named[i]!.householdId,
      reviewDate,
      ...ALL_YES,
      ...overrides,
    });
    // Mid-year: two households fall short; by December one of them meets all 8, the other still lacks "no hunger".
    await ok(
      env.h,
      REVIEWS,
      {
        input: {
          pledgeId: pledge.id,
          reviews: [
            review(0, '2025-06-20', { noHungerOrPoverty: false }),
            review(1, '2025-06-20', { cleanAlley: false, noDomesticViolence: false }),
            review(2, '2025-06-20'),
          ],
        },
      },
      env.t.officer,
    );
    const december = await ok(
      env.h,
      REVIEWS,
      {
        input: {
          pledgeId: pledge.id,
          reviews: [review(0, '2025-12-10'), review(1, '2025-12-10', { noHungerOrPoverty: false })],
        },
      },
      env.t.officer,
    );
    expect(december.recordFiveNoThreeCleanReviews.map((r: { criteriaMet: number }) => r.criteriaMet)).toEqual(
      [8, 7],
    );
    const res = await ok(env.h, PROGRESS, { id: pledge.id }, env.t.viewer);
    expect(res.fiveNoThreeCleanPledge.progress).toEqual({
      targetHouseholds: 10,
      pledged: 8,
      reviewed: 3,
      meetingAllCriteria: 2,
      meetingNoHungerOrPoverty: 2,
      achievedPercent: 20,
      met: false,
    });
    const first = res.fiveNoThreeCleanPledge.households.find(
      (h: { householdId: string }) => h.householdId === named[0]!.householdId,
    );
    expect(first.latestReview).toEqual({
      reviewDate: '2025-12-10',
      criteriaMet: 8,
    });

    const more = await ok(
      env.h,
      `mutation($input: AddFiveNoThreeCleanHouseholdsInput!) { addFiveNoThreeCleanHouseholds(input: $input) {
        progress { pledged } } }`,
      { input: { pledgeId: pledge.id, addedOn: '2025-04-01', households: households(2) } },
      env.t.officer,
    );
    expect(more.addFiveNoThreeCleanHouseholds.progress.pledged).toBe(10);
  });

  it('shows the household its years with the union on Household.fiveNoThreeClean, conduct criteria to the union only', async () => {
    const { communes } = await tree(env.h, env.t.officer, [WARD]);
    const householdId = randomUUID();
    for (const [year, status] of [
      [2024, 'POOR'],
      [2025, 'NEAR_POOR'],
    ] as const) {
      const p = (
        await ok(
          env.h,
          PLEDGE,
          {
            input: {
              chapterId: communes[0]!.id,
              year,
              pledgedOn: `${year - 1}-12-20`,
              targetHouseholds: 3,
              households: [{ householdId, statusWhenPledged: status }],
            },
          },
          env.t.officer,
        )
      ).pledgeFiveNoThreeClean;
      await ok(
        env.h,
        REVIEWS,
        {
          input: {
            pledgeId: p.id,
            reviews: [
              { householdId, reviewDate: `${year}-11-15`, ...ALL_YES, noDomesticViolence: year === 2024 },
            ],
          },
        },
        env.t.officer,
      );
    }
    const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household {
      fiveNoThreeClean { year statusWhenPledged pledge { targetHouseholds chapter { unitCode } }
        reviews { noHungerOrPoverty noDomesticViolence cleanKitchen criteriaMet meetsAllCriteria } } } } }`;
    const reps = [{ __typename: 'Household', id: householdId }];
    const own = await ok(env.h, QUERY, { reps }, env.t.viewer);
    expect(own._entities[0].fiveNoThreeClean).toEqual([
      {
        year: 2025,
        statusWhenPledged: 'NEAR_POOR',
        pledge: { targetHouseholds: 3, chapter: { unitCode: WARD } },
        reviews: [
          {
            noHungerOrPoverty: true,
            noDomesticViolence: false,
            cleanKitchen: true,
            criteriaMet: 7,
            meetsAllCriteria: false,
          },
        ],
      },
      {
        year: 2024,
        statusWhenPledged: 'POOR',
        pledge: { targetHouseholds: 3, chapter: { unitCode: WARD } },
        reviews: [
          {
            noHungerOrPoverty: true,
            noDomesticViolence: true,
            cleanKitchen: true,
            criteriaMet: 8,
            meetsAllCriteria: true,
          },
        ],
      },
    ]);
    const other = await env.h.query(QUERY, { reps }, env.t.labour);
    expect(other.data!._entities[0].fiveNoThreeClean[0].reviews[0]).toEqual({
      noHungerOrPoverty: true,
      noDomesticViolence: null,
      cleanKitchen: true,
      criteriaMet: 7,
      meetsAllCriteria: false,
    });
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // Outside the caller's units the household's years are left out.
    const hcmc = await ok(env.h, QUERY, { reps }, env.t.hcmcOfficer);
    expect(hcmc._entities[0].fiveNoThreeClean).toEqual([]);
  });

  it('refuses households that are not poor or near-poor, over the target, pledged twice, and reviews out of place', async () => {
    const { communes } = await tree(env.h, env.t.officer);
    const base = { chapterId: communes[0]!.id, year: 2024, pledgedOn: '2024-01-15' };
    const taken = households(1);
    const pledge = (
      await ok(env.h, PLEDGE, { input: { ...base, targetHouseholds: 2, households: taken } }, env.t.officer)
    ).pledgeFiveNoThreeClean;
    const other = await tree(env.h, env.t.officer, ['25225']);
    const before = await counts(env.h);
    const bad: [Record<string, unknown>, string, string][] = [
      [
        { households: households(1, 'ESCAPED_POVERTY') },
        'BAD_USER_INPUT',
        'input.households[0].statusWhenPledged',
      ],
      [{ households: households(11) }, 'BAD_USER_INPUT', 'input.households'],
      [{ chapterId: communes[0]!.branch.id }, 'BAD_USER_INPUT', 'input.chapterId'],
      [{ pledgedOn: '2021-12-01' }, 'BAD_USER_INPUT', 'input.pledgedOn'],
      [{ year: 2024 }, 'CONFLICT', 'input.year'],
    ];
    for (const [overrides, code, field] of bad) {
      const res = await env.h.query(
        PLEDGE,
        { input: { ...base, year: 2023, pledgedOn: '2023-01-15', households: [], ...overrides } },
        env.t.officer,
      );
      expect([overrides, res.errors?.[0]?.extensions]).toEqual([
        overrides,
        expect.objectContaining({ code, field }),
      ]);
    }
    const twice = [households(1)[0], { ...taken[0], statusWhenPledged: 'POOR' }];
    const dup = await env.h.query(
      PLEDGE,
      { input: { ...base, chapterId: other.communes[0]!.id, households: twice } },
      env.t.officer,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.households[1].householdId',
    });

    const review = { householdId: taken[0]!.householdId, reviewDate: '2024-06-01', ...ALL_YES };
    const reviewCases: [Record<string, unknown>, string][] = [
      [{ householdId: randomUUID() }, 'input.reviews[0].householdId'],
      [{ reviewDate: '2025-01-05' }, 'input.reviews[0].reviewDate'],
      [{ reviewDate: '2024-01-01' }, 'input.reviews[0].reviewDate'],
    ];
    for (const [overrides, field] of reviewCases) {
      const res = await env.h.query(
        REVIEWS,
        { input: { pledgeId: pledge.id, reviews: [{ ...review, ...overrides }] } },
        env.t.officer,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const over = await env.h.query(
      `mutation($input: AddFiveNoThreeCleanHouseholdsInput!) { addFiveNoThreeCleanHouseholds(input: $input) { id } }`,
      { input: { pledgeId: pledge.id, addedOn: '2024-03-01', households: households(2) } },
      env.t.officer,
    );
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.households' });
    // All or none: a sheet with one bad review writes none of them.
    const sheet = await env.h.query(
      REVIEWS,
      { input: { pledgeId: pledge.id, reviews: [review, { ...review, reviewDate: '2999-01-01' }] } },
      env.t.officer,
    );
    expect(sheet.errors?.[0]?.extensions?.field).toBe('input.reviews[1].reviewDate');
    expect(await counts(env.h)).toEqual(before);
  });

  it('lists pledges by year and unit with their progress', async () => {
    const res = await ok(
      env.h,
      `{ fiveNoThreeCleanPledges(filter: { year: 2025, unitCode: "75" }) { totalCount nodes { year unitCode progress { pledged } } } }`,
      {},
      env.t.viewer,
    );
    expect(res.fiveNoThreeCleanPledges.totalCount).toBe(2);
    expect(res.fiveNoThreeCleanPledges.nodes.every((n: { year: number }) => n.year === 2025)).toBe(true);
    const hcmc = await ok(env.h, `{ fiveNoThreeCleanPledges { totalCount } }`, {}, env.t.hcmcOfficer);
    expect(hcmc.fiveNoThreeCleanPledges.totalCount).toBe(0);
  });
});
