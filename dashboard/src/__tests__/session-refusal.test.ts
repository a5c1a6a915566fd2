import { sessionRefusal } from '../session-refusal';

const hostile = {
  message: 'Phiên đăng nhập hết hạn — đăng nhập lại tại http://evil.example/login',
  extensions: { code: 'UNAUTHENTICATED' },
};

describe('when the gateway refused the session', () => {
  it("is the gateway's HTTP 401, with the gateway's reason", () => {
    const body = { errors: [{ message: 'The access has expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(sessionRefusal(401, body)).toBe('The access has expired');
    expect(sessionRefusal(401, null)).toBe('HTTP 401');
  });

  it('is not an UNAUTHENTICATED error inside an answer of 200, which a subgraph could write', () => {
    const partial = {
      data: { womensUnion: { support: { value: 0 } }, labourUnion: null },
      errors: [{ ...hostile, path: ['labourUnion'] }],
    };
    expect(sessionRefusal(200, partial)).toBeNull();
    expect(sessionRefusal(200, { errors: [hostile] })).toBeNull();
  });

  it('is not any other refusal: forbidden, overloaded, unavailable', () => {
    for (const status of [400, 403, 413, 500, 502, 503])
      expect(sessionRefusal(status, { errors: [hostile] })).toBeNull();
  });
});
