import { useEffect, useState } from 'preact/hooks';
import {
  LANGUAGE_KEY,
  ORGANISATION_NAMES,
  roleLabel,
  translate,
  type Language,
  type OrganisationId,
} from './i18n';
import { LanguageContext, storedLanguage, useT } from './language';
import { lastFinishedQuarter, tryParsePeriod, vietnamToday } from './period';
import { UNIT_QUERY } from './queries';
import { parseRoute, type Route } from './route';
import type { User } from 'oidc-client-ts';
import { gql, onSessionChange, SignInFailed, SignInUnavailable, signOut, startSession } from './session';
import { personOf, sessionEndLabel, type Person } from './signed-in';
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

/** Where a newly signed-in person starts: their first unit, as province (and commune). */
async function initialSelection(person: Person, today: string): Promise<Selection> {
  const period = lastFinishedQuarter(today);
  const unit = person.units[0] ?? '75';
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

type Start = 'starting' | 'ready' | 'unavailable';

export function App() {
  const [lang, setLang] = useState<Language>(storedLanguage);
  const [start, setStart] = useState<Start>('starting');
  const [user, setUser] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [selection, setSelection] = useState<Selection | null>(storedSelection);
  const today = vietnamToday();
  const person = user ? personOf(user.profile) : null;

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
  useEffect(() => {
    const stop = onSessionChange((next, ended) => {
      setUser(next);
      if (ended) setNotice(translate(storedLanguage(), 'sessionEnded'));
      if (!next) {
        sessionStorage.removeItem(SELECTION_KEY);
        setSelection(null);
      }
    });
    startSession().then(
      (u) => {
        setUser(u);
        setRoute(parseRoute(location.hash));
        setStart('ready');
      },
      (error: unknown) => {
        console.warn('[session] could not start:', error);
        if (error instanceof SignInUnavailable) return setStart('unavailable');
        if (error instanceof SignInFailed) setNotice(translate(storedLanguage(), 'signInFailed'));
        setStart('ready');
      },
    );
    return stop;
  }, []);
  useEffect(() => {
    if (!user) sessionStorage.removeItem(SELECTION_KEY);
    if (user && person && !selection)
      initialSelection(person, today).then(setSelection, (error: unknown) => {
        // The selection form stays empty and the official picks a unit; the cause goes to the console.
        console.error(error);
      });
  }, [user, selection]);
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
      <Header user={user} onLanguage={() => setLang(lang === 'vi' ? 'en' : 'vi')} route={route} />
      <main id="main" tabIndex={-1}>
        {start === 'starting' ? (
          <p class="loading">{translate(lang, 'loading')}</p>
        ) : start === 'unavailable' ? (
          <p class="error" role="alert" data-testid="sign-in-unavailable">
            {translate(lang, 'signInUnavailable')}
          </p>
        ) : !user || !person ? (
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

function Header(props: { user: User | null; onLanguage: () => void; route: Route }) {
  const { lang, t } = useT();
  const person = props.user ? personOf(props.user.profile) : null;
  const org = person?.org as OrganisationId | null | undefined;
  const expiresAt = props.user?.expires_at;
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
        {person && (
          <span class="identity" data-testid="identity" data-org={person.org ?? ''}>
            <span class="sr-only">{t('signedInAs')}: </span>
            <strong data-testid="person-name">{person.name}</strong>
            {' · '}
            <span data-testid="person-org">
              {org && ORGANISATION_NAMES[org] ? ORGANISATION_NAMES[org][lang] : (person.org ?? '?')}
            </span>
            {' · '}
            <span title={t('role')} data-testid="person-roles">
              {person.roles.map((r) => roleLabel(lang, r)).join(', ')}
            </span>
            {' · '}
            <span title={t('units')}>{person.units.join(', ')}</span>
            {expiresAt !== undefined && (
              <>
                {' · '}
                <span title={t('sessionRenews')} data-testid="session-until" data-expires-at={expiresAt}>
                  {t('sessionUntil', { time: sessionEndLabel(expiresAt) })}
                </span>
              </>
            )}
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
        {person && (
          <button
            type="button"
            data-testid="sign-out"
            onClick={() => {
              // The next person to sign in in this tab starts from their own unit.
              sessionStorage.removeItem(SELECTION_KEY);
              void signOut();
            }}
          >
            {t('signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
