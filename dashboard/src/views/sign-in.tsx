import { useEffect, useState } from 'preact/hooks';
import { decodeToken, isExpired } from '../jwt';
import { ORGANISATION_NAMES, ROLE_NAMES, type OrganisationId } from '../i18n';
import { useT } from '../language';
import { fetchDemoTokens, signIn, type DemoToken } from '../session';
import { ErrorNote } from '../ui';

export function SignIn({ notice }: { notice: string | null }) {
  const { lang, t } = useT();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [demo, setDemo] = useState<DemoToken[]>([]);

  useEffect(() => {
    fetchDemoTokens().then(setDemo);
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const claims = decodeToken(token);
    if (!claims) return setProblem(t('tokenInvalid'));
    if (isExpired(claims)) return setProblem(t('tokenExpired'));
    setProblem(null);
    signIn(token);
  };

  return (
    <div class="sign-in">
      <h1>{t('signInTitle')}</h1>
      {notice && <ErrorNote message={notice} />}
      <form class="panel" onSubmit={submit}>
        <p>{t('signInIntro')}</p>
        <label for="token">{t('tokenLabel')}</label>
        <textarea
          id="token"
          data-testid="token-input"
          rows={4}
          spellcheck={false}
          autocomplete="off"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'token-problem' : undefined}
        />
        {problem && (
          <p id="token-problem" class="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" data-testid="sign-in">
          {t('signIn')}
        </button>
      </form>
      {demo.length > 0 && (
        <section class="panel" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('demoTokens')}</h2>
          <p>{t('demoTokensIntro')}</p>
          <ul class="demo-tokens">
            {demo.map((d) => (
              <li key={`${d.org}-${d.role}`}>
                <button
                  type="button"
                  data-testid="demo-token"
                  data-org={d.org}
                  data-role={d.role}
                  onClick={() => signIn(d.token)}
                >
                  <strong>
                    {d.name?.[lang] ?? ORGANISATION_NAMES[d.org as OrganisationId]?.[lang] ?? d.org}
                  </strong>
                  <span>{ROLE_NAMES[d.role]?.[lang] ?? d.role}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
