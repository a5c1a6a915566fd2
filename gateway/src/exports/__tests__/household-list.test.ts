import { ORGANISATIONS, type OrganisationId } from '@chung-tay/common';
import { columnsFor, householdListParams } from '../household-list';
import { ExportRefused } from '../operation';

const refusal = (query: Record<string, string>) => {
  try {
    householdListParams(query);
  } catch (error) {
    return error instanceof ExportRefused ? [error.status, error.field, error.message] : error;
  }
  return 'accepted';
};

describe('the household list export', () => {
  it('reads its filter from the query string', () => {
    expect(
      householdListParams({
        unitCode: '25222',
        status: 'poor, NEAR_POOR',
        poorCategory: 'A',
        socialProtection: 'false',
        reviewYear: '2025',
      }),
    ).toEqual({
      unitCode: '25222',
      status: ['POOR', 'NEAR_POOR'],
      poorCategory: 'A',
      socialProtection: false,
      reviewYear: 2025,
    });
  });

  it('names the parameter that is wrong', () => {
    expect(refusal({ unitCode: '7' })).toEqual([
      400,
      'unitCode',
      expect.stringContaining('province (2 digits)'),
    ]);
    expect(refusal({ unitCode: '75', status: 'POOR,RICH' })).toEqual([
      400,
      'status',
      expect.stringContaining('RICH'),
    ]);
    expect(refusal({ unitCode: '75', poorCategory: 'C' })).toEqual([
      400,
      'poorCategory',
      'poorCategory must be A or B',
    ]);
    expect(refusal({ unitCode: '75', socialProtection: 'yes' })).toEqual([
      400,
      'socialProtection',
      'socialProtection must be true or false',
    ]);
    expect(refusal({ unitCode: '75', reviewYear: '25' })).toEqual([400, 'reviewYear', expect.any(String)]);
  });

  it("keeps the register's names and addresses for the People's Committee", () => {
    const headers = (org: OrganisationId) => columnsFor({ org }).map((c) => c.header);
    expect(headers('people-committee')).toEqual(expect.arrayContaining(['Chủ hộ', 'Địa chỉ']));
    for (const org of ORGANISATIONS.filter((o) => o !== 'people-committee'))
      expect(headers(org).filter((h) => h === 'Chủ hộ' || h === 'Địa chỉ')).toEqual([]);
  });
});
