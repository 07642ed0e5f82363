/**
 * Logs in over HTTP like the web app does (GET /auth/me for the CSRF cookie and token, then POST
 * /auth/login) and returns the headers a logged-in browser sends: session cookie and CSRF token.
 */
export async function logIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  const me = await fetch(`${baseUrl}/api/v1/auth/me`);
  keep(me);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookieHeader(), 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  keep(login);
  if (login.status !== 200)
    throw new Error(`login as ${email} failed: ${login.status} ${await login.text()}`);
  const session = (await login.json()) as { csrfToken: string };
  return { cookie: cookieHeader(), 'x-csrf-token': session.csrfToken, 'accept-language': 'fr' };
}
