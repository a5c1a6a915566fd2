import { useEffect, useState } from 'preact/hooks';
import { decodeToken, isExpired, type TokenClaims } from './jwt';
import {
  LANGUAGE_KEY,
  ORGANISATION_NAMES,
  ROLE_NAMES,
  translate,
  type Language,
  type OrganisationId,
} from './i18n';
import { LanguageContext, storedLanguage, useT } from './language';
import { lastFinishedQuarter, tryParsePeriod, vietnamToday } from './period';
import { UNIT_QUERY } from './queries';
import { parseRoute, type Route } from './route';
import { getToken, gql, onSessionChange, signOut } from './session';
import { AreaView } from './views/area';
import { HouseholdView } from './views/household';
import { ListsView } from './views/lists';
import { SelectionBar, selectedUnit, type Selection } from './views/selection';
import { SignIn } from './views/sign-in';

const SELECTION_KEY = 'chung-tay.selection';

function storedSelection(): Selection | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(SELECTION_KEY) ?? 'null') as Selection | null;
    return s && typeof s.province === 'string' && tryParsePeriod(s.period) ? s : null;
  } catch {
    return null;
  }
}

/** Where a newly signed-in user starts: the first unit of the token, as province (and commune). */
async function initialSelection(claims: TokenClaims, today: string): Promise<Selection> {
  const period = lastFinishedQuarter(today);
  const unit = claims.units?.[0] ?? '75';
  if (unit.length === 2) return { province: unit, commune: '', period };
  const r = await gql<{ administrativeUnit: { level: string; parentCode: string | null } | null }>(
    UNIT_QUERY,
    {
      code: unit,
    },
  ).catch(() => null);
  const u = r?.data?.administrativeUnit;
  if (u?.level === 'COMMUNE' && u.parentCode) return { province: u.parentCode, commune: unit, period };
  return { province: unit.slice(0, 2), commune: '', period };
}

export function App() {
  const [lang, setLang] = useState<Language>(storedLanguage);
  const [token, setToken] = useState(getToken);
  const [notice, setNotice] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [selection, setSelection] = useState<Selection | null>(storedSelection);
  const today = vietnamToday();
  const claims = token ? decodeToken(token) : null;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appName');
    localStorage.setItem(LANGUAGE_KEY, lang);
  }, [lang]);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(
    () =>
      onSessionChange((reason) => {
        setToken(getToken());
        setNotice(reason ? translate(storedLanguage(), 'sessionEnded', { message: reason }) : null);
        if (!getToken()) {
          sessionStorage.removeItem(SELECTION_KEY);
          setSelection(null);
        }
      }),
    [],
  );
  useEffect(() => {
    if (claims && isExpired(claims)) signOut(translate(lang, 'tokenExpired'));
  }, [token]);
  useEffect(() => {
    if (token && claims && !selection) initialSelection(claims, today).then(setSelection);
  }, [token, selection]);
  useEffect(() => {
    if (selection) sessionStorage.setItem(SELECTION_KEY, JSON.stringify(selection));
  }, [selection]);

  return (
    <LanguageContext.Provider value={lang}>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {lang === 'vi' ? 'Bỏ qua, đến nội dung chính' : 'Skip to content'}
      </a>
      <Header claims={claims} onLanguage={() => setLang(lang === 'vi' ? 'en' : 'vi')} route={route} />
      <main id="main" tabIndex={-1}>
        {!token || !claims ? (
          <SignIn notice={notice} />
        ) : !selection ? (
          <p class="loading">{translate(lang, 'loading')}</p>
        ) : (
          <>
            {route.page !== 'household' && (
              <SelectionBar
                selection={selection}
                today={today}
                showPeriod={route.page === 'area'}
                onChange={setSelection}
              />
            )}
            {route.page === 'area' && (
              <AreaView unit={selectedUnit(selection)} period={selection.period} today={today} />
            )}
            {route.page === 'lists' && <ListsView unit={selectedUnit(selection)} today={today} />}
            {route.page === 'household' && <HouseholdView id={route.id} />}
          </>
        )}
      </main>
    </LanguageContext.Provider>
  );
}

function Header(props: { claims: TokenClaims | null; onLanguage: () => void; route: Route }) {
  const { lang, t } = useT();
  const { claims } = props;
  const org = claims?.org as OrganisationId | undefined;
  return (
    <header class="top">
      <div class="brand">
        <a href="#/">{t('appShort')}</a>
      </div>
      <nav aria-label={t('mainNav')}>
        <ul>
          <li>
            <a href="#/" aria-current={props.route.page === 'area' ? 'page' : undefined}>
              {t('navArea')}
            </a>
          </li>
          <li>
            <a href="#/lists" aria-current={props.route.page === 'lists' ? 'page' : undefined}>
              {t('navLists')}
            </a>
          </li>
          <li>
            <a href="/graphql">{t('navExplorer')}</a>
          </li>
        </ul>
      </nav>
      <div class="who">
        {claims && (
          <span class="identity" data-testid="identity">
            <span class="sr-only">{t('signedInAs')}: </span>
            <strong>
              {org && ORGANISATION_NAMES[org] ? ORGANISATION_NAMES[org][lang] : (claims.org ?? '?')}
            </strong>
            {' · '}
            <span title={t('role')}>
              {(claims.roles ?? []).map((r) => ROLE_NAMES[r]?.[lang] ?? r).join(', ')}
            </span>
            {' · '}
            <span title={t('units')}>{(claims.units ?? []).join(', ')}</span>
          </span>
        )}
        <button
          type="button"
          data-testid="language"
          lang={lang === 'vi' ? 'en' : 'vi'}
          aria-label={t('switchLanguageLabel')}
          onClick={props.onLanguage}
        >
          {t('switchLanguage')}
        </button>
        {claims && (
          <button type="button" data-testid="sign-out" onClick={() => signOut()}>
            {t('signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
