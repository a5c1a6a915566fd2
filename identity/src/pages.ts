/**
 * The provider's own pages, in Vietnamese, rendered on the server: no script, no font or stylesheet from elsewhere.
 * Every value that comes from a request or the data folder goes through `escapeHtml`.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Sent with every page: nothing runs, nothing loads from elsewhere, and no other site may frame the sign-in form. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;color:#1d2733}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem;margin:0 0 1rem}label{display:block;margin:1rem 0 .3rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.55rem;font-size:1rem;border:1px solid #9aa5b1;border-radius:4px}
button{margin-top:1.4rem;width:100%;padding:.65rem;font-size:1rem;border:0;border-radius:4px;background:#b3261e;color:#fff}
.error{background:#fde8e7;color:#8c1d18;padding:.6rem;border-radius:4px}.note{color:#52606d;font-size:.9rem}`;

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Chung Tay</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>`;
}

export const LOGIN_FAILED = 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại.';

/** Officials read the time in Vietnam's zone, whatever the machine's. */
const clock = new Intl.DateTimeFormat('vi-VN', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });

/** Too many failed sign-ins: says when to try again, and nothing about the password just typed. */
export function tooManyAttempts(reason: 'user' | 'address', until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  const who = reason === 'user' ? 'tên đăng nhập này' : 'máy này';
  return `Đã đăng nhập sai quá nhiều lần với ${who}. Vui lòng đợi ${minutes} phút (đến ${clock.format(until)}) rồi thử lại.`;
}

/**
 * The sign-in form; after a failed attempt it says so, keeps the user name and never says which part was wrong.
 * `refused` replaces that message when attempts are limited.
 */
export function loginPage(options: {
  uid: string;
  username?: string;
  failed?: boolean;
  refused?: string;
}): string {
  const { uid, username = '', failed = false, refused } = options;
  const message = refused ? escapeHtml(refused) : failed ? LOGIN_FAILED : '';
  return page(
    'Đăng nhập',
    `<h1>Đăng nhập Chung Tay</h1>
${message ? `<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login" autocomplete="on">
<label for="username">Tên đăng nhập</label>
<input id="username" name="username" autocomplete="username" required autofocus value="${escapeHtml(username)}">
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form>`,
  );
}

/** The sign-out confirmation; `form` is oidc-provider's hidden form (its anti-forgery value), submitted by the button. */
export function logoutPage(form: string): string {
  return page(
    'Đăng xuất',
    `<h1>Đăng xuất khỏi Chung Tay?</h1>
<p class="note">Bạn sẽ cần đăng nhập lại để tiếp tục làm việc.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Đăng xuất</button>`,
  );
}

export function loggedOutPage(): string {
  return page('Đã đăng xuất', '<h1>Bạn đã đăng xuất.</h1><p class="note">Có thể đóng trang này.</p>');
}

/** An error the provider reports to the person (an expired sign-in, a request it refuses); codes as given. */
export function errorPage(out: { error?: unknown; error_description?: unknown }): string {
  return page(
    'Có lỗi',
    `<h1>Không thể tiếp tục đăng nhập</h1>
<p>Yêu cầu đăng nhập đã hết hạn hoặc không hợp lệ. Hãy quay lại ứng dụng và đăng nhập lại.</p>
<p class="note">${escapeHtml(out.error)}${out.error_description ? `: ${escapeHtml(out.error_description)}` : ''}</p>`,
  );
}
