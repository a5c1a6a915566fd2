import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { AccountStore } from './accounts';
import { errorPage, loginPage, PAGE_HEADERS, tooManyAttempts } from './pages';
import type { SignInLimits } from './sign-in-limits';

const MAX_FORM_BYTES = 8 * 1024;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers });
  res.end(body);
}

/** The form's fields, or undefined when it is not a small url-encoded form. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The sign-in step of oidc-provider's interaction flow: GET /interaction/<uid> shows the form, POST
 * /interaction/<uid>/login checks it. The interaction is found through oidc-provider's own signed cookie, scoped to
 * that path and SameSite=Lax, so another site can neither read the form nor post it into someone's sign-in.
 */
export function interactionRoutes(provider: Provider, accounts: AccountStore, limits: SignInLimits) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const isLogin = Boolean(match?.[2]);
    if (!match || req.method !== (isLogin ? 'POST' : 'GET'))
      return send(res, 404, errorPage({ error: 'not_found' }));
    const uid = match[1]!;
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== uid || details.prompt.name !== 'login')
        return send(
          res,
          400,
          errorPage({ error: 'invalid_request', error_description: 'interaction not found' }),
        );
      if (!isLogin) return send(res, 200, loginPage({ uid }));

      const form = await readForm(req);
      if (!form)
        return send(
          res,
          400,
          errorPage({ error: 'invalid_request', error_description: 'not a sign-in form' }),
        );
      const username = form.get('username')?.trim() ?? '';
      const address = req.socket.remoteAddress ?? 'unknown';
      const block = await limits.blocked(username, address);
      if (block)
        return send(
          res,
          429,
          loginPage({ uid, username, refused: tooManyAttempts(block.reason, block.until) }),
          { 'retry-after': String(Math.ceil((block.until.getTime() - Date.now()) / 1000)) },
        );
      const account = accounts.authenticate(username, form.get('password') ?? '');
      if (!account) {
        await limits.failed(username, address);
        return send(res, 200, loginPage({ uid, username, failed: true }));
      }
      await limits.succeeded(username);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.username } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      const e = error as { error?: string; error_description?: string; status?: number };
      if (!e.error) throw error;
      send(res, e.status ?? 400, errorPage(e));
    }
  };
}
