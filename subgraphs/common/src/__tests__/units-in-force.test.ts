import { callerFromClaims } from '../auth/token';
import { unitNotInForce } from '../units/units-in-force';

const claims = (units: string[]) => ({ org: 'labour-union', units, roles: ['viewer'], sub: 'someone' });

describe('a token names units in force', () => {
  it('accepts provinces and communes of the 2025 tree', () => {
    expect(callerFromClaims(claims(['75', '25195'])).units).toEqual(['75', '25195']);
  });

  it('refuses a retired province, naming what took it over', () => {
    expect(() => callerFromClaims(claims(['75', '70']))).toThrow(
      'Token rejected: unit 70 was retired on 2025-06-30 (merged into 75); ask for a token for the units in force',
    );
  });

  it('refuses a retired district, listing the communes that took it over', () => {
    expect(unitNotInForce('732')).toBe(
      'unit 732 was retired on 2025-06-30 (merged into 26080, 26089, 26098, 26104, 26113); ' +
        'ask for a token for the units in force',
    );
    expect(() => callerFromClaims(claims(['732']))).toThrow(/unit 732 was retired/);
  });

  it('refuses a code that names no unit', () => {
    expect(() => callerFromClaims(claims(['99999']))).toThrow(
      'Token rejected: unit 99999 is not an administrative unit in force; ask for a token for the units in force',
    );
  });

  it('refuses as UNAUTHENTICATED', () => {
    expect(() => callerFromClaims(claims(['70']))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
});
