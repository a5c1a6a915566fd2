import fc from 'fast-check';
import { Discloser } from '../discloser';
import { keyedShift, shiftScale, shownAmount, shownCount } from '../threshold-rule';

const KEY = 'a test key, as an organisation would keep in DISCLOSURE_KEY';

describe('the threshold rule for counts', () => {
  it('withholds 1 to N−1, keeps 0, rounds N and up to base N', () => {
    expect([0, 1, 2, 3, 4, 5, 7, 8, 12, 13, 1_002].map((c) => shownCount(c))).toEqual([
      0,
      null,
      null,
      null,
      null,
      5,
      5,
      10,
      10,
      15,
      1_000,
    ]);
    expect([2, 9, 10, 14, 15].map((c) => shownCount(c, 10))).toEqual([null, null, 10, 10, 20]);
  });

  it('refuses what is no count and a threshold under 2', () => {
    expect(() => shownCount(-1)).toThrow(RangeError);
    expect(() => shownCount(1.5)).toThrow(RangeError);
    expect(() => shownCount(3, 1)).toThrow('at least 2');
  });

  it('publishes only multiples of N, so no sum or difference of published counts is a small exact cell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 8, maxLength: 8 }),
        (n, cells, signs) => {
          const shown = cells.map((c) => shownCount(c, n));
          for (const s of shown) if (s !== null) expect(s % n).toBe(0);
          const combination = shown.reduce<number>((sum, s, i) => sum + (s ?? 0) * signs[i]!, 0);
          expect(Math.abs(combination) % n).toBe(0);
        },
      ),
    );
  });
});

describe('the threshold rule for amounts', () => {
  it('withholds amounts of fewer than N records, shifts the others by 10–50 % of the mean record', () => {
    // One loan of 17,300,000 đồng: withheld, whatever the key.
    expect(shownAmount(17_300_000, 1, KEY)).toBeNull();
    expect(shownAmount(33_000_000, 4, KEY)).toBeNull();
    expect(shownAmount(0, 0, KEY)).toBe(0);
    // Five loans, 61,500,000: the mean record is 12,300,000, rounded up to one significant figure 20,000,000,
    // so the shift lies between 2,000,000 and 10,000,000 either way.
    expect(shiftScale(61_500_000, 5)).toBe(20_000_000);
    const shown = shownAmount(61_500_000, 5, KEY)!;
    expect(Math.abs(shown - 61_500_000)).toBeGreaterThanOrEqual(2_000_000);
    expect(Math.abs(shown - 61_500_000)).toBeLessThanOrEqual(10_000_000);
    expect(shiftScale(47_400_000, 6)).toBe(8_000_000);
    expect(shiftScale(3, 5)).toBe(1);
  });

  it('gives the same number for the same amount and records, and another under another key', () => {
    expect(shownAmount(61_500_000, 5, KEY)).toBe(shownAmount(61_500_000, 5, KEY));
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((k) => shownAmount(61_500_000, 5, k));
    expect(new Set(keys).size).toBeGreaterThan(1);
  });

  it('refuses what is no amount', () => {
    expect(() => shownAmount(1.5, 6, KEY)).toThrow(RangeError);
    expect(() => shownAmount(10, -1, KEY)).toThrow(RangeError);
  });

  it('never publishes an amount exactly, and never lets it below zero, from N or more records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 5, maxLength: 60 }),
        fc.string(),
        (records, key) => {
          const amount = records.reduce((s, r) => s + r * 100_000, 0);
          const shown = shownAmount(amount, records.length, key)!;
          expect(shown).not.toBe(amount);
          expect(shown).toBeGreaterThan(0);
          expect(Math.abs(keyedShift(key, amount, records.length))).toBeLessThanOrEqual(
            shiftScale(amount, records.length) / 2,
          );
        },
      ),
    );
  });

  it('lets no difference of published amounts give a withheld cell exactly (nested areas and periods)', () => {
    // A parent (a province, a quarter) over children (its communes, its months): one child of 1 to 4 records
    // is withheld; the parent and the other children (5+ records each) are published. Record values are whole
    // 100,000s, as loans are, so plain rounding would give the child away.
    const record = fc.integer({ min: 10, max: 500 }).map((k) => k * 100_000);
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(record, { minLength: 5, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        (small, others) => {
          const total = (rs: number[]) => rs.reduce((s, r) => s + r, 0);
          expect(shownAmount(total(small), small.length, KEY)).toBeNull();
          const parentRecords = [...small, ...others.flat()];
          const parent = shownAmount(total(parentRecords), parentRecords.length, KEY)!;
          const rest = others.map((o) => shownAmount(total(o), o.length, KEY)!);
          expect(parent - total(rest)).not.toBe(total(small));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('a Discloser', () => {
  it("passes the owner's figures unchanged and names what it withheld from others", () => {
    const owner = new Discloser(true, 'microfinance', { minRecords: 5, secret: KEY });
    expect(owner.count('loans', 1)).toBe(1);
    expect(owner.amount('principal', 17_300_000, 1)).toBe(17_300_000);
    expect(owner.note()).toEqual({ exact: true, minRecords: 5, suppressed: [] });

    const other = new Discloser(false, 'microfinance', { minRecords: 5, secret: KEY });
    expect(other.count('loans', 1)).toBeNull();
    expect(other.amount('principal', 17_300_000, 1)).toBeNull();
    expect(other.count('borrowers', 6)).toBe(5);
    expect(other.percent(null, 5, (p, w) => p / w)).toBeNull();
    expect(other.note()).toEqual({ exact: false, minRecords: 5, suppressed: ['loans', 'principal'] });
  });

  it('reads a null figure (a SUM over no rows) as zero, for the owner and for others', () => {
    const owner = new Discloser(true, 'fatherland-front', { minRecords: 5, secret: KEY });
    expect(owner.count('houses.built', null)).toBe(0);
    expect(owner.amount('fund.donations', null, null)).toBe(0);

    const other = new Discloser(false, 'fatherland-front', { minRecords: 5, secret: KEY });
    expect(other.count('houses.built', null)).toBe(0);
    expect(other.amount('fund.donations', null, null)).toBe(0);
    expect(other.amount('fund.donations', 3_000_000, null)).toBeNull();
    expect(other.note().suppressed).toEqual(['fund.donations']);
  });

  it("shifts each organisation's amounts by its own key", () => {
    const settings = { minRecords: 5, secret: KEY };
    const a = new Discloser(false, 'microfinance', settings).amount('x', 61_500_000, 5);
    const b = new Discloser(false, 'fatherland-front', settings).amount('x', 61_500_000, 5);
    expect(a).not.toBe(b);
  });
});
