import { testToken, type SubgraphHarness, useSubgraphHarness } from '@chung-tay/common/testing';
import { peopleCommittee } from '../subgraph';
import { makeNationalId } from '../person/national-id';
import { Sex } from '../enums';

export const WARD = '25195'; // Phường Bình Phước, Đồng Nai (urban)
export const COMMUNE = '25222'; // Xã Bù Gia Mập, Đồng Nai (rural)
export const HCMC_WARD = '25747';

export const tokens = () =>
  Promise.all([
    testToken({ org: 'people-committee', units: ['75'], roles: ['officer'] }),
    testToken({ org: 'people-committee', units: ['75'], roles: ['viewer'] }),
    testToken({ org: 'labour-union', units: ['75'], roles: ['officer'] }),
    testToken({ org: 'people-committee', units: ['79'], roles: ['officer'] }),
  ]).then(([officer, viewer, union, hcmcOfficer]) => ({ officer, viewer, union, hcmcOfficer }));

export const REGISTER = `mutation Register($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { id code status poorCategory areaType unit { code name } head { fullName }
    members { id fullName nationalId } statusHistory { status effectiveDate reason } } }`;

let serial = 0;
export function householdInput(
  overrides: Record<string, unknown> = {},
  memberNames = ['Nguyễn Văn Hùng', 'Trần Thị Mai'],
) {
  serial += 1;
  return {
    code: `DN-TEST-${String(serial).padStart(5, '0')}`,
    unitCode: COMMUNE,
    address: `Ấp ${serial}, tổ 3`,
    members: memberNames.map((fullName, i) => {
      const sex = i % 2 === 0 ? Sex.MALE : Sex.FEMALE;
      const birthDate = `19${70 + (i % 20)}-0${1 + (i % 9)}-15`;
      return {
        fullName,
        birthDate,
        sex,
        relationToHead: i === 0 ? 'HEAD' : i === 1 ? 'SPOUSE' : 'CHILD',
        nationalId: makeNationalId('75', birthDate, sex, serial * 100 + i),
        ethnicity: 'Kinh',
      };
    }),
    ...overrides,
  };
}

export async function register(
  h: SubgraphHarness,
  token: string,
  overrides: Record<string, unknown> = {},
  names?: string[],
) {
  const res = await h.query(REGISTER, { input: householdInput(overrides, names) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.registerHousehold;
}

/** One people-committee subgraph over HTTP with its own database for a test file, plus tokens. */
export const useSubgraph = () => useSubgraphHarness(peopleCommittee, tokens);
