import { approximate, kitPath, withheldText } from '../withheld';

// What a Labour Union viewer gets for a commune with one loan and one with six: the lender withheld the first.
const result = (disclosure: object, buckets: object[]) => ({
  errors: [],
  data: {
    areaPeriod: {
      microfinance: {
        disbursedLoans: null,
        disbursedAmount: null,
        outstandingPrincipal: 61_700_000,
        buckets,
        disclosure,
      },
    },
  },
});
const withheld = {
  exact: false,
  minRecords: 5,
  suppressed: ['disbursedLoans', 'disbursedAmount', 'buckets.DPD_1_30.loans'],
};
const buckets = [
  { bucket: 'CURRENT', loans: 5, outstandingPrincipal: 50_000_000 },
  { bucket: 'DPD_1_30', loans: null, outstandingPrincipal: null },
];

describe('figures withheld under the threshold rule', () => {
  it('show "<N" for a count and "—" for an amount, naming list entries by their kind', () => {
    const r = result(withheld, buckets);
    expect(withheldText(r, 'microfinance.disbursedLoans', 'int')).toBe('<5');
    expect(withheldText(r, 'microfinance.disbursedAmount', 'money')).toBe('—');
    expect(kitPath(r, 'microfinance.buckets.1.loans')).toBe('buckets.DPD_1_30.loans');
    expect(withheldText(r, 'microfinance.buckets.1.loans', 'int')).toBe('<5');
    expect(withheldText(r, 'microfinance.buckets.0.loans', 'int')).toBeNull();
    expect(withheldText(r, 'microfinance.outstandingPrincipal', 'money')).toBeNull();
  });

  it("mark another organisation's amounts approximate, and nothing of the reader's own", () => {
    expect(approximate(result(withheld, buckets), 'microfinance.outstandingPrincipal', 'money')).toBe(true);
    const own = result({ exact: true, minRecords: 5, suppressed: [] }, buckets);
    expect(approximate(own, 'microfinance.outstandingPrincipal', 'money')).toBe(false);
    expect(withheldText(own, 'microfinance.disbursedLoans', 'int')).toBeNull();
  });
});
