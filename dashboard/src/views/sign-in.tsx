import { useState } from 'preact/hooks';
import { useT } from '../language';
import { signIn } from '../session';
import { ErrorNote } from '../ui';

/** One button: the identity provider asks for the user name and password, then sends the person back here. */
export function SignIn({ notice }: { notice: string | null }) {
  const { t } = useT();
  const [leaving, setLeaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="sign-in">
      <h1>{t('signInTitle')}</h1>
      {(problem ?? notice) && <ErrorNote message={(problem ?? notice)!} />}
      <div class="panel">
        <p>{t('signInIntro')}</p>
        <button
          type="button"
          data-testid="sign-in"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            signIn().catch((error: unknown) => {
              console.warn('[session] could not reach the sign-in page:', error);
              setProblem(t('signInUnavailable'));
              setLeaving(false);
            });
          }}
        >
          {t('signIn')}
        </button>
      </div>
    </div>
  );
}
