import { providerReturn, returnRoute, routeToKeep } from '../sign-in-return';

describe('coming back from the identity provider', () => {
  it('restores the page the person was on', () => {
    expect(returnRoute('#/lists')).toBe('#/lists');
    expect(returnRoute('#/household/5b0e7c1e-2f1a-4c1d-9d55-0c8d2a6f3e11')).toBe(
      '#/household/5b0e7c1e-2f1a-4c1d-9d55-0c8d2a6f3e11',
    );
    expect(returnRoute('#/')).toBe('#/');
  });

  it('restores nothing but a route of this page', () => {
    for (const state of [
      undefined,
      null,
      42,
      { route: '#/lists' },
      '',
      '#',
      'https://attacker.example/#/lists',
      '//attacker.example',
      '/graphql',
      '#/lists"><script>',
      '#/lists?x=<img>',
      `#/${'a'.repeat(400)}`,
    ])
      expect([state, returnRoute(state)]).toEqual([state, '#/']);
  });

  it('keeps the current route, or the start page when there is none', () => {
    expect(routeToKeep('#/lists')).toBe('#/lists');
    expect(routeToKeep('')).toBe('#/');
  });

  it('tells a sign-in answer from the return after signing out and from an ordinary visit', () => {
    expect(providerReturn('?code=abc&state=s1&iss=http%3A%2F%2Flocalhost%3A4010')).toBe('sign-in');
    expect(providerReturn('?error=access_denied&state=s1')).toBe('sign-in');
    expect(providerReturn('?state=s2')).toBe('sign-out');
    expect(providerReturn('')).toBeNull();
    expect(providerReturn('?code=abc')).toBeNull();
  });
});
