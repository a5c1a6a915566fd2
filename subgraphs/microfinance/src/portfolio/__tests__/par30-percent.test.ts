import { Discloser } from '@chung-tay/common';
import { discloseStanding } from '../portfolio-disclosure';
import { toPortfolioStanding } from '../standing.types';

// par30Percent is par30 in the schema's rate convention: percent, rounded half up to 2 decimals.
const row = (outstanding: number, par30: number, loans = 40) => ({
  active_loans: loans,
  outstanding_principal: outstanding,
  par30_principal: par30,
  dpd_31_60_loans: loans,
  dpd_31_60_principal: par30,
});

describe('par30Percent', () => {
  it('is 100 × par30Principal ÷ outstandingPrincipal, half up to 2 decimals', () => {
    // 17,731,200 ÷ 25,731,200 = 0.689093… → 68.91 %; 6,731,200 ÷ 14,731,200 = 0.456934… → 45.69 %.
    expect(toPortfolioStanding('2025-04-30', row(25_731_200, 17_731_200))).toMatchObject({
      par30: 17_731_200 / 25_731_200,
      par30Percent: 68.91,
    });
    expect(toPortfolioStanding('2025-04-30', row(14_731_200, 6_731_200)).par30Percent).toBe(45.69);
    // 1 ÷ 8 = 12.5 % exactly; 1 ÷ 800 = 0.125 % → the half goes up: 0.13; 1 ÷ 1600 = 0.0625 % → 0.06.
    expect(toPortfolioStanding('2025-04-30', row(8, 1)).par30Percent).toBe(12.5);
    expect(toPortfolioStanding('2025-04-30', row(800, 1)).par30Percent).toBe(0.13);
    expect(toPortfolioStanding('2025-04-30', row(1_600, 1)).par30Percent).toBe(0.06);
    expect(toPortfolioStanding('2025-04-30', row(11_000_000, 11_000_000)).par30Percent).toBe(100);
  });

  it('is null with nothing outstanding', () => {
    expect(toPortfolioStanding('2025-04-30', undefined)).toMatchObject({ par30: null, par30Percent: null });
  });

  it('is exact for the lender and worked from the shown amounts for others', () => {
    const standing = toPortfolioStanding('2025-04-30', row(25_731_200, 17_731_200));
    expect(discloseStanding(standing, new Discloser(true, 'microfinance')).par30Percent).toBe(68.91);
    const shown = discloseStanding(
      standing,
      new Discloser(false, 'microfinance', { minRecords: 5, secret: 's' }),
    );
    const { outstandingPrincipal: whole, par30Principal: part } = shown;
    expect(whole).not.toBeNull();
    expect(part).not.toBeNull();
    expect(shown.par30Percent).toBe(Math.round((part! * 10_000) / whole!) / 100);
    const few = toPortfolioStanding('2025-04-30', row(25_731_200, 17_731_200, 2));
    expect(
      discloseStanding(few, new Discloser(false, 'microfinance', { minRecords: 5, secret: 's' })),
    ).toMatchObject({ par30: null, par30Percent: null });
  });
});
