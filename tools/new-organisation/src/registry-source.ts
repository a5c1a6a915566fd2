import type { OrganisationNames, Registered } from './names';
import { ScaffoldError } from './names';

export const REGISTRY_PATH = 'vocabulary/src/organisations.ts';
const MARKER = '  // new-organisation: entries are added above this line';

/** The ids, env prefixes and ports of the registry's entries, read from its source. */
export function registered(source: string): Registered {
  const all = (re: RegExp) => [...source.matchAll(re)].map((m) => m[1]!);
  return {
    ids: all(/^\s+id: ['"]([^'"]+)['"]/gm),
    envPrefixes: all(/^\s+envPrefix: ['"]([^'"]+)['"]/gm),
    ports: all(/^\s+defaultPort: (\d+)/gm).map(Number),
  };
}

const quoted = (text: string) => JSON.stringify(text);

/** The registry's source with the new organisation's entry added before the marker line. */
export function withEntry(source: string, n: OrganisationNames): string {
  if (!source.includes(MARKER)) {
    throw new ScaffoldError(
      `${REGISTRY_PATH}: the line "${MARKER.trim()}" is missing; add it at the end of the list`,
    );
  }
  const entry = `  {
    id: ${quoted(n.id)},
    vi: ${quoted(n.vi)},
    en: ${quoted(n.en)},
    envPrefix: ${quoted(n.PREFIX)},
    defaultPort: ${n.port},
    sections: {
      ${n.PREFIX}_PROGRESS: {
        vi: ${quoted(`${n.vi} tham gia giảm nghèo bền vững`)},
        en: ${quoted(`${n.en} work on sustainable poverty reduction`)},
      },
    },
    figures: [
      { path: 'asOf', vi: 'Số liệu tính đến ngày', en: 'Figures as of', kind: 'date' },
      { path: 'members', vi: 'Số hội viên', en: 'Members' },
      { path: 'householdsWithMembers', vi: 'Số hộ có hội viên', en: 'Households with members' },
    ],
  },
`;
  return source.replace(MARKER, `${entry}${MARKER}`);
}
