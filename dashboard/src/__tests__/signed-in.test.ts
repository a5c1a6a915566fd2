import { personOf, sessionEndLabel } from '../signed-in';

describe('who is signed in', () => {
  it('reads the name, organisation, units and roles the provider states', () => {
    expect(
      personOf({
        sub: 'people-committee.officer',
        name: 'Nguyễn Văn An',
        org: 'people-committee',
        units: ['75'],
        roles: ['officer'],
      }),
    ).toEqual({ name: 'Nguyễn Văn An', org: 'people-committee', units: ['75'], roles: ['officer'] });
  });

  it('falls back to the user name, then the subject, and leaves out what is not a list of names', () => {
    expect(
      personOf({ sub: 'x', preferred_username: 'an.nguyen', roles: 'admin', units: [75, '75'] }),
    ).toEqual({
      name: 'an.nguyen',
      org: null,
      units: ['75'],
      roles: [],
    });
    expect(personOf({ sub: 'womens-union.viewer', name: '  ' }).name).toBe('womens-union.viewer');
  });
});

describe('until when the session lasts', () => {
  // 2026-12-07 12:00 UTC is 19:00 in Vietnam.
  const now = new Date('2026-12-07T12:00:00Z');
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('shows the time in Vietnam for a session ending today', () => {
    expect(sessionEndLabel(at('2026-12-07T12:10:00Z'), now)).toBe('19:10');
    expect(sessionEndLabel(at('2026-12-07T16:59:00Z'), now)).toBe('23:59');
  });

  it('adds the day when it ends on another day in Vietnam (even the same day in UTC)', () => {
    expect(sessionEndLabel(at('2026-12-07T17:05:00Z'), now)).toBe('00:05 8/12');
    expect(sessionEndLabel(at('2027-01-02T01:30:00Z'), now)).toBe('08:30 2/1');
  });
});
