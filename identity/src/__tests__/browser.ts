/**
 * What a browser does between the dashboard and the provider, by hand: follow redirects one at a time and keep the
 * cookies the provider sets (their names and values; each request sends them all).
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size)
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value && !/expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  /** Follows redirects from `url` until one leaves `origin` (returned, not fetched) or a page answers. */
  async follow(
    url: string | URL,
    origin: string,
    init: RequestInit = {},
  ): Promise<{ url: URL; response?: Response }> {
    let next = new URL(url);
    let response = await this.request(next, init);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status > 399) return { url: next, response };
      next = new URL(location, next);
      if (next.origin !== origin) return { url: next };
      response = await this.request(next);
    }
    throw new Error('too many redirects');
  }

  /** The action of the page's form and its hidden fields. */
  static form(html: string): { action: string; fields: Record<string, string> } {
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form in the page:\n${html}`);
    const fields: Record<string, string> = {};
    for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      fields[m[1]!] = m[2]!;
    return { action: action.replace(/&amp;/g, '&'), fields };
  }
}
