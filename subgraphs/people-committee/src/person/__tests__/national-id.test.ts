import { checkNationalId, makeNationalId } from '../national-id';
import { Sex } from '../../enums';

describe('checkNationalId', () => {
  it('accepts a well-formed ID that agrees with birth year and sex', () => {
    expect(checkNationalId('075185001234', '1985-03-02', Sex.FEMALE)).toBeNull();
    expect(checkNationalId('079205000001', '2005-12-31', Sex.MALE)).toBeNull();
  });
  it('rejects wrong length, letters and unknown province prefixes', () => {
    expect(checkNationalId('07518500123', undefined)).toMatch(/12 digits/);
    expect(checkNationalId('07518500123a', undefined)).toMatch(/12 digits/);
    expect(checkNationalId('003185001234', undefined)).toMatch(/no province code/);
    expect(checkNationalId('097185001234', undefined)).toMatch(/no province code/);
  });
  it('rejects an ID whose century/sex digit disagrees with the person', () => {
    expect(checkNationalId('075185001234', '1985-03-02', Sex.MALE)).toMatch(/sex FEMALE/);
    expect(checkNationalId('075185001234', '2085-03-02', Sex.FEMALE)).toMatch(/birth year 1985/);
    expect(checkNationalId('075385001234', '1985-03-02', Sex.FEMALE)).toMatch(/birth year 2085/);
  });
  it('makes IDs that pass the check', () => {
    for (const [date, sex] of [
      ['1950-01-01', Sex.MALE],
      ['2010-06-30', Sex.FEMALE],
      ['1999-12-31', Sex.FEMALE],
    ] as const) {
      const id = makeNationalId('75', date, sex, 42);
      expect(checkNationalId(id, date, sex)).toBeNull();
    }
  });
});
