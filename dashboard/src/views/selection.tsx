import { useEffect, useState } from 'preact/hooks';
import { periodLabel } from '../i18n';
import { useT } from '../language';
import { periodYears, periodsOfYear } from '../period';
import { COMMUNES_QUERY, UNITS_QUERY } from '../queries';
import { gql } from '../session';

export interface Selection {
  province: string;
  /** "" for the whole province. */
  commune: string;
  period: string;
}

export const selectedUnit = (s: Selection) => s.commune || s.province;

interface Unit {
  code: string;
  name: string;
}

// Units change once in a generation: ask once per page load.
let provincesCache: Promise<Unit[]> | null = null;
const communesCache = new Map<string, Promise<Unit[]>>();

const loadProvinces = () =>
  (provincesCache ??= gql<{ administrativeUnits: Unit[] }>(UNITS_QUERY).then(
    (r) => r.data?.administrativeUnits ?? [],
    (e) => {
      provincesCache = null;
      throw e;
    },
  ));

function loadCommunes(province: string): Promise<Unit[]> {
  let p = communesCache.get(province);
  if (!p) {
    p = gql<{ administrativeUnits: (Unit & { level: string })[] }>(COMMUNES_QUERY, {
      parentCode: province,
    }).then(
      (r) =>
        (r.data?.administrativeUnits ?? [])
          .filter((u) => u.level === 'COMMUNE')
          .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      (e) => {
        communesCache.delete(province);
        throw e;
      },
    );
    communesCache.set(province, p);
  }
  return p;
}

export const unitName = async (code: string): Promise<string | undefined> => {
  const provinces = await loadProvinces().catch(() => []);
  const province = provinces.find((u) => u.code === code);
  if (province) return province.name;
  for (const communes of communesCache.values()) {
    const commune = (await communes.catch(() => [])).find((u) => u.code === code);
    if (commune) return commune.name;
  }
  return undefined;
};

export function SelectionBar(props: {
  selection: Selection;
  today: string;
  showPeriod: boolean;
  onChange: (s: Selection) => void;
}) {
  const { lang, t } = useT();
  const { selection, onChange } = props;
  const [provinces, setProvinces] = useState<Unit[] | null>(null);
  const [communes, setCommunes] = useState<Unit[] | null>(null);

  useEffect(() => {
    loadProvinces().then(setProvinces, () => setProvinces([]));
  }, []);
  useEffect(() => {
    setCommunes(null);
    let live = true;
    loadCommunes(selection.province).then(
      (c) => live && setCommunes(c),
      () => live && setCommunes([]),
    );
    return () => {
      live = false;
    };
  }, [selection.province]);

  return (
    <form class="selection" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('province')}</span>
        <select
          data-testid="province"
          value={selection.province}
          onChange={(e) => onChange({ ...selection, province: e.currentTarget.value, commune: '' })}
        >
          {!provinces?.some((p) => p.code === selection.province) && (
            <option value={selection.province}>{selection.province}</option>
          )}
          {provinces?.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('commune')}</span>
        <select
          data-testid="commune"
          value={selection.commune}
          aria-busy={communes === null}
          onChange={(e) => onChange({ ...selection, commune: e.currentTarget.value })}
        >
          <option value="">{t('wholeProvince')}</option>
          {communes === null && selection.commune && (
            <option value={selection.commune}>{selection.commune}</option>
          )}
          {communes?.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {props.showPeriod && (
        <label>
          <span>{t('period')}</span>
          <select
            data-testid="period"
            value={selection.period}
            onChange={(e) => onChange({ ...selection, period: e.currentTarget.value })}
          >
            {periodYears(props.today).map((year) => (
              <optgroup key={year} label={String(year)}>
                {periodsOfYear(year, props.today).map((p) => (
                  <option key={p.code} value={p.code}>
                    {periodLabel(lang, p.code)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
