import { sponsorshipTopUp } from '../top-up';

describe('the income top-up', () => {
  it('reaches the line when income plus pledges is not below it', () => {
    expect(
      sponsorshipTopUp({ incomePerMonth: 1_100_000, pledgedPerMonth: 400_000, povertyLine: 1_500_000 }),
    ).toEqual({
      incomePerMonth: 1_100_000,
      pledgedPerMonth: 400_000,
      povertyLine: 1_500_000,
      totalPerMonth: 1_500_000,
      reachesPovertyLine: true,
      shortfall: 0,
    });
  });

  it('names the shortfall when it falls short', () => {
    expect(
      sponsorshipTopUp({ incomePerMonth: 700_000, pledgedPerMonth: 500_000, povertyLine: 2_000_000 }),
    ).toMatchObject({
      totalPerMonth: 1_200_000,
      reachesPovertyLine: false,
      shortfall: 800_000,
    });
  });

  it('leaves the answer unknown without an assessment or a line', () => {
    expect(
      sponsorshipTopUp({ incomePerMonth: null, pledgedPerMonth: 500_000, povertyLine: 1_500_000 }),
    ).toMatchObject({
      totalPerMonth: null,
      reachesPovertyLine: null,
      shortfall: null,
    });
    expect(
      sponsorshipTopUp({ incomePerMonth: 900_000, pledgedPerMonth: 0, povertyLine: null }).reachesPovertyLine,
    ).toBeNull();
  });
});
