import { ORGANISATIONS, ORGANISATION_NAMES } from '../organisations';

describe('organisations', () => {
  it('names every organisation in Vietnamese and English', () => {
    for (const id of ORGANISATIONS) {
      expect(ORGANISATION_NAMES[id].vi.trim()).not.toBe('');
      expect(ORGANISATION_NAMES[id].en.trim()).not.toBe('');
    }
  });
});
