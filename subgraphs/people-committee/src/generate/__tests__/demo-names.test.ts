import { mulberry32 } from '@chung-tay/common';
import { Sex } from '../../enums';
import {
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
  SURNAMES,
  vietnameseName,
} from '../demo-data';

const names = (seed: number, sex: Sex, count = 300) => {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => vietnameseName(rng, sex));
};

describe('vietnameseName', () => {
  it.each([
    [Sex.MALE, MALE_MIDDLE_NAMES, MALE_GIVEN_NAMES],
    [Sex.FEMALE, FEMALE_MIDDLE_NAMES, FEMALE_GIVEN_NAMES],
  ])('writes a %s name surname first: listed surname, middle name and given name', (sex, middles, givens) => {
    for (const name of names(7, sex)) {
      const parts = name.split(' ');
      expect(parts).toHaveLength(3);
      expect(SURNAMES).toContain(parts[0]);
      expect(middles).toContain(parts[1]);
      expect(givens).toContain(parts[2]);
    }
  });

  it('never gives a woman the middle name Văn', () => {
    expect(FEMALE_MIDDLE_NAMES).not.toContain('Văn');
    expect(names(11, Sex.FEMALE, 2000).filter((n) => n.split(' ')[1] === 'Văn')).toEqual([]);
  });

  it('keeps a given surname', () => {
    expect(vietnameseName(mulberry32(3), Sex.FEMALE, 'Lý')).toMatch(/^Lý /);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(names(42, Sex.MALE)).toEqual(names(42, Sex.MALE));
    expect(names(42, Sex.MALE)).not.toEqual(names(43, Sex.MALE));
  });

  it('draws numbers in [0, 1)', () => {
    const rng = mulberry32(1);
    const draws = Array.from({ length: 10_000 }, rng);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
