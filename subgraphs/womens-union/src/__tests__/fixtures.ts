import { randomUUID } from 'node:crypto';
import {
  testToken,
  type SubgraphHarness,
  queryData,
  rowCount,
  useSubgraphHarness,
} from '@chung-tay/common/testing';
import { womensUnion } from '../subgraph';

export const PROVINCE = '75'; // Đồng Nai
export const COMMUNE = '25222'; // Xã Bù Gia Mập
export const WARD = '25195'; // Phường Bình Phước
export const HCMC = '79';
export const HCMC_WARD = '25747';

export const tokens = () =>
  Promise.all([
    testToken({ org: 'womens-union', units: [PROVINCE], roles: ['officer'] }),
    testToken({ org: 'womens-union', units: [PROVINCE], roles: ['viewer'] }),
    testToken({ org: 'womens-union', units: [COMMUNE], roles: ['officer'] }),
    testToken({ org: 'labour-union', units: [PROVINCE], roles: ['officer'] }),
    testToken({ org: 'womens-union', units: [HCMC], roles: ['officer'] }),
    testToken({ org: 'womens-union', units: [PROVINCE], roles: ['admin'] }),
  ]).then(([officer, viewer, communeOfficer, labour, hcmcOfficer, admin]) => ({
    officer,
    viewer,
    communeOfficer,
    labour,
    hcmcOfficer,
    admin,
  }));

export type Tokens = Awaited<ReturnType<typeof tokens>>;

/** One womens-union subgraph over HTTP with its own database for a test file, plus tokens. */
export const useSubgraph = () => useSubgraphHarness(womensUnion, tokens);

/** Runs a query that must succeed and returns its data. */
export const ok = queryData;

export const count = rowCount;

/** Row counts of every table a mutation might write, to show that a refused one wrote nothing. */
export const counts = async (h: SubgraphHarness) => {
  const tables = [
    'chapter',
    'union_member',
    'pledge',
    'pledged_household',
    'pledge_review',
    'savings_day_campaign',
    'savings_day_target',
    'savings_day_contribution',
    'savings_loan_group',
    'savings_loan_group_member',
    'support_activity',
    'report_submission',
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(h, t)])));
};

export const CREATE_CHAPTER = `mutation($input: CreateWomensUnionChapterInput!) {
  createWomensUnionChapter(input: $input) { id name level unitCode parentId formedOn } }`;

export async function chapter(h: SubgraphHarness, token: string, input: Record<string, unknown>) {
  return (await ok(h, CREATE_CHAPTER, { input }, token)).createWomensUnionChapter as {
    id: string;
    name: string;
    level: string;
    unitCode: string;
  };
}

let serial = 0;
/** A province union with a commune chapter (and a branch) on each unit given; unique names per call. */
export async function tree(h: SubgraphHarness, token: string, communes: string[] = [COMMUNE]) {
  serial += 1;
  const existing = await h.dataSource.query(
    `SELECT id FROM chapter WHERE level = 'PROVINCE' AND unit_code = $1`,
    [PROVINCE],
  );
  const province =
    existing[0] ??
    (await chapter(h, token, {
      level: 'PROVINCE',
      unitCode: PROVINCE,
      name: 'Hội LHPN tỉnh Đồng Nai',
      formedOn: '1990-01-01',
    }));
  const result: {
    province: { id: string };
    communes: { id: string; unitCode: string; branch: { id: string } }[];
  } = {
    province,
    communes: [],
  };
  for (const unitCode of communes) {
    const found = await h.dataSource.query(
      `SELECT id FROM chapter WHERE level = 'COMMUNE' AND unit_code = $1`,
      [unitCode],
    );
    const commune =
      found[0] ??
      (await chapter(h, token, {
        level: 'COMMUNE',
        unitCode,
        parentId: province.id,
        name: `Hội LHPN ${unitCode}`,
        formedOn: '1995-03-08',
      }));
    const branch = await chapter(h, token, {
      level: 'BRANCH',
      parentId: commune.id,
      name: `Chi hội ấp ${serial}`,
    });
    result.communes.push({ id: commune.id, unitCode, branch });
  }
  return result;
}

export const REGISTER_MEMBER = `mutation($input: RegisterWomensUnionMemberInput!) {
  registerWomensUnionMember(input: $input) { id chapterId unitCode personId householdId fullName joinedOn current } }`;

export function memberInput(chapterId: string, overrides: Record<string, unknown> = {}) {
  return {
    chapterId,
    personId: randomUUID(),
    householdId: randomUUID(),
    fullName: 'Nguyễn Thị Lan',
    joinedOn: '2020-03-08',
    ...overrides,
  };
}

export async function member(
  h: SubgraphHarness,
  token: string,
  chapterId: string,
  overrides: Record<string, unknown> = {},
) {
  return (await ok(h, REGISTER_MEMBER, { input: memberInput(chapterId, overrides) }, token))
    .registerWomensUnionMember as {
    id: string;
    personId: string;
    householdId: string;
    unitCode: string;
  };
}

export const ALL_YES = {
  noHungerOrPoverty: true,
  noLawBreakingOrSocialEvils: true,
  noDomesticViolence: true,
  noPopulationPolicyViolation: true,
  noMalnourishedOrDropoutChildren: true,
  cleanHouse: true,
  cleanKitchen: true,
  cleanAlley: true,
};

export const PLEDGE = `mutation($input: PledgeFiveNoThreeCleanInput!) {
  pledgeFiveNoThreeClean(input: $input) { id year targetHouseholds unitCode households { householdId statusWhenPledged } } }`;

export const REVIEWS = `mutation($input: RecordFiveNoThreeCleanReviewsInput!) {
  recordFiveNoThreeCleanReviews(input: $input) { id householdId reviewDate criteriaMet meetsAllCriteria } }`;

export const FORM_GROUP = `mutation($input: FormSavingsLoanGroupInput!) {
  formSavingsLoanGroup(input: $input) { id name lender unitCode memberCount status } }`;
