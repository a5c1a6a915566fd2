import { organisationNames, ScaffoldError } from '../names';
import { registered, withEntry } from '../registry-source';

const FIVE = {
  ids: ['people-committee', 'labour-union', 'womens-union', 'fatherland-front', 'microfinance'],
  envPrefixes: ['PEOPLE_COMMITTEE', 'LABOUR_UNION', 'WOMENS_UNION', 'FATHERLAND_FRONT', 'MICROFINANCE'],
  ports: [4001, 4002, 4003, 4004, 4005],
};
const names = { vi: 'Hội Nông dân', en: "Farmers' Union" };
const refusal = (options: Parameters<typeof organisationNames>[0]) => {
  try {
    organisationNames(options, FIVE);
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  throw new Error('not refused');
};

describe('new organisation names', () => {
  it('derives every spelling and the next free port', () => {
    expect(organisationNames({ name: 'farmers-union', ...names }, FIVE)).toEqual({
      id: 'farmers-union',
      camel: 'farmersUnion',
      Pascal: 'FarmersUnion',
      PREFIX: 'FARMERS_UNION',
      port: 4006,
      ...names,
    });
  });

  it('refuses names that are not kebab-case, taken, too long, or missing, all at once', () => {
    expect(refusal({ name: 'FarmersUnion', ...names })).toContain(
      '--name "FarmersUnion": must be kebab-case',
    );
    expect(refusal({ name: 'farmers--union', ...names })).toContain('must be kebab-case');
    expect(refusal({ name: 'microfinance', ...names })).toContain('the organisation already exists');
    expect(refusal({ name: 'common', ...names })).toContain('a reserved name');
    expect(refusal({ name: 'constructor', ...names })).toContain('a reserved name');
    expect(refusal({ name: 'association-of-war-veterans', ...names })).toContain('at most 20 characters');
    const both = refusal({ name: 'youth-union', port: '4003' });
    expect(both.split('\n')).toEqual([
      expect.stringContaining('--vi:'),
      expect.stringContaining('--en:'),
      '--port 4003: already the port of another organisation',
    ]);
    expect(refusal({ name: 'youth-union', ...names, port: 'x' })).toContain(
      '--port "x": must be a whole number',
    );
  });

  it('refuses display names that could end a comment, a string or a line of the generated code', () => {
    for (const en of [
      "Farmers */ require('fs').writeFileSync('/tmp/x', ''); /* Union",
      'Farmers Union", "private": false, "license": "x',
      'Farmers\nUnion',
      'Farmers `${process.exit()}` Union',
      'Farmers \\ Union',
    ]) {
      expect(refusal({ name: 'farmers-union', vi: names.vi, en })).toContain('--en: 2 to 80 letters');
    }
    expect(refusal({ name: 'farmers-union', en: names.en, vi: 'Hội */ Nông dân' })).toContain(
      '--vi: 2 to 80',
    );
    expect(
      organisationNames(
        { name: 'veterans', vi: 'Hội Cựu chiến binh', en: 'Veterans’ Association (VN)' },
        FIVE,
      ).en,
    ).toBe('Veterans’ Association (VN)');
  });

  it('adds the entry before the marker, and the entry reads back as registered', () => {
    const source = `export const ORGANISATION_REGISTRY = [\n  // new-organisation: entries are added above this line\n];`;
    const n = organisationNames({ name: 'farmers-union', ...names }, FIVE);
    const added = withEntry(source, n);
    expect(registered(added)).toEqual({
      ids: ['farmers-union'],
      envPrefixes: ['FARMERS_UNION'],
      ports: [4006],
    });
    expect(added).toContain(`en: "Farmers' Union"`);
    expect(() => withEntry('export const ORGANISATION_REGISTRY = [];', n)).toThrow(ScaffoldError);
  });
});
