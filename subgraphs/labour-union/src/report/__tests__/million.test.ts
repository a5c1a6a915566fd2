import { toMillionVnd } from '../million';

describe('million VND', () => {
  it('keeps three decimals: the nearest thousand đồng', () => {
    expect(toMillionVnd(1_500_000)).toBe(1.5);
    expect(toMillionVnd(12_345_678)).toBe(12.346);
    expect(toMillionVnd(12_345_499)).toBe(12.345);
    expect(toMillionVnd(0)).toBe(0);
  });

  it('rounds halves up', () => {
    expect(toMillionVnd(1_234_500)).toBe(1.235);
    expect(toMillionVnd(500)).toBe(0.001);
    expect(toMillionVnd(499)).toBe(0);
  });

  it('stays exact past 2^31 đồng', () => {
    expect(toMillionVnd(3_456_789_012_345)).toBe(3_456_789.012);
  });
});
