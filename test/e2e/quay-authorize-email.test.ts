// The e-mail authorization Quay needs before an `email` notification (quay/quay endpoints/api/repoemail.py,
// notifications/notificationmethod.py EmailMethod.validate), driven the way Quay's web UI drives it.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[]) => regnotify(args, { env: fx.env('quay') });
const NEW = 'new@example.com';
const AUTHORIZED_EMAIL = '/api/v1/repository/acme/app/authorizedemail/new%40example.com';
/** authorize-email reads the repository before it asks Quay to mail anything. */
const REPOSITORY_READ = 'GET /api/v1/repository/acme/app?includeTags=false';

function wire() {
  return fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`);
}

async function untilRequested(path: string): Promise<void> {
  for (let attempt = 0; attempt < 200 && !fx.emulator.requests.some((request) => request.path === path); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const clickLink = (email: string) => fetch(`${fx.url}/_emulator/quay/authorizedemail/acme/app/${encodeURIComponent(email)}/confirm`, { method: 'POST' });

describe('notification authorize-email', () => {
  it('POSTs .../authorizedemail/{email}: Quay mails the link, and the record is printed unconfirmed', async () => {
    const result = await run(['notification', 'authorize-email', 'acme/app', NEW]);
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: `email\t${NEW}\nrepository\tacme/app\nconfirmed\tno (waiting for the link in the e-mail to be clicked)\n`,
      stderr: `Quay mailed a confirmation link to ${NEW}; the address is authorized for acme/app once the link is clicked.\n`,
    });
    expect(wire()).toEqual([REPOSITORY_READ, `POST ${AUTHORIZED_EMAIL}`]);
    expect(fx.emulator.requests[1].headers.authorization).toBe(`Bearer ${EMULATOR_CREDENTIALS.quayToken}`);
    expect(fx.emulator.requests[1].body).toBe('');
    expect(quayControl(fx.emulator).authorizationMails).toEqual([{ repository: 'acme/app', email: NEW, code: expect.any(String) }]);
  });

  it('with --wait, polls GET until the link is clicked', async () => {
    const running = run(['notification', 'authorize-email', 'acme/app', NEW, '--wait', '-q']);
    await untilRequested(AUTHORIZED_EMAIL);
    expect((await clickLink(NEW)).status).toBe(204);
    const result = await running;
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: `${NEW}\n`,
      stderr: `Quay mailed a confirmation link to ${NEW}; the address is authorized for acme/app once the link is clicked.\n✓ ${NEW} is authorized for acme/app\n`,
    });
    const requests = wire();
    expect(requests.slice(0, 2)).toEqual([REPOSITORY_READ, `POST ${AUTHORIZED_EMAIL}`]);
    expect(requests.slice(2).every((request) => request === `GET ${AUTHORIZED_EMAIL}`)).toBe(true);
    expect(requests.length).toBeGreaterThanOrEqual(3);
  });

  it('gives up after --timeout-wait seconds (exit 1) and says how to check later', async () => {
    const result = await run(['notification', 'authorize-email', 'acme/app', NEW, '--wait', '--timeout-wait', '1']);
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `Quay mailed a confirmation link to ${NEW}; the address is authorized for acme/app once the link is clicked.\n` +
        `error: ${NEW} did not confirm within 1 s (the link in Quay's e-mail was not clicked)\n` +
        `hint: once it is clicked, check with: regnotify notification authorize-email acme/app ${NEW} --wait\n`,
    });
  });

  it('sends no mail to an address already confirmed', async () => {
    const result = await run(['notification', 'authorize-email', 'acme/app', 'ops@example.com', '-q']);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'ops@example.com\n', stderr: '✓ ops@example.com is already authorized for acme/app\n' });
    expect(quayControl(fx.emulator).authorizationMails).toEqual([]);
  });

  it('reports a repository that does not exist as not found (exit 3) and asks Quay to mail nothing', async () => {
    const result = await run(['notification', 'authorize-email', 'acme/nope', NEW]);
    expect(result).toEqual({ code: 3, signal: null, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/nope?includeTags=false']);
    expect(quayControl(fx.emulator).authorizationMails).toEqual([]);
  });

  it('reports a repository that does not exist before printing a --dry-run plan', async () => {
    const result = await run(['notification', 'authorize-email', 'acme/nope', NEW, '--dry-run']);
    expect(result).toEqual({ code: 3, signal: null, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/nope?includeTags=false']);
  });

  const refusals: Array<[string, string[], string]> = [
    ['--timeout-wait without --wait', ['acme/app', NEW, '--timeout-wait', '5'], 'error: --timeout-wait needs --wait\n'],
    ['a --timeout-wait that is not whole seconds', ['acme/app', NEW, '--wait', '--timeout-wait', '1.5'], 'error: invalid --timeout-wait "1.5" (expected whole seconds, 1 or more)\n'],
    ['an address without a domain', ['acme/app', 'ops'], 'error: invalid e-mail address "ops" (expected name@example.com)\n'],
  ];
  for (const [what, args, stderr] of refusals) {
    it(`refuses ${what} before sending anything (exit 2)`, async () => {
      expect(await run(['notification', 'authorize-email', ...args])).toEqual({ code: 2, signal: null, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  }
});

describe('notification create --method email', () => {
  const create = (email: string) => run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'email', '--email', email, '-q']);

  it('checks the address first and, when Quay never mailed it, says exactly what to run without creating anything', async () => {
    const result = await create(NEW);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr:
        `error: ${NEW} is not authorized to receive notifications for acme/app (Quay has never sent it a confirmation link)\n` +
        `hint: run: regnotify notification authorize-email acme/app ${NEW} --wait\n`,
    });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app?includeTags=false', `GET ${AUTHORIZED_EMAIL}`]);
  });

  it('says the link was not clicked yet for a pending address, and creates once it is', async () => {
    await run(['notification', 'authorize-email', 'acme/app', NEW]);
    expect((await create(NEW)).stderr).toContain(`(the link Quay mailed has not been clicked yet)`);
    await clickLink(NEW);
    fx.emulator.clearRequests();
    const created = await create(NEW);
    expect(created.code).toBe(0);
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app?includeTags=false', `GET ${AUTHORIZED_EMAIL}`, 'POST /api/v1/repository/acme/app/notification/']);
  });
});

describe('the emulator keeps authorization records per repository and address', () => {
  const call = (method: string, path: string) => fetch(`${fx.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}` } });

  it("answers flask's 404 for an unknown record, 200 without the code for a known one", async () => {
    const unknown = await call('GET', '/repository/acme/app/authorizedemail/new@example.com');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' });
    const known = await call('GET', '/repository/acme/app/authorizedemail/ops@example.com');
    expect(await known.json()).toEqual({ email: 'ops@example.com', repository: 'app', namespace: 'acme', confirmed: true });
    // Per repository: an address confirmed for acme/app is not for a repository created later.
    expect((await run(['repo', 'create', 'fresh', '--namespace', 'acme'])).code).toBe(0);
    expect((await call('GET', '/repository/acme/fresh/authorizedemail/ops@example.com')).status).toBe(404);
  });

  it("refuses an e-mail notification to an unconfirmed address with Quay's message", async () => {
    await call('POST', '/repository/acme/app/authorizedemail/new@example.com');
    const response = await fetch(`${fx.url}/api/v1/repository/acme/app/notification/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'repo_push', method: 'email', config: { email: NEW }, eventConfig: {} }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: 'The specified e-mail address is not authorized to receive notifications for this repository' });
  });

  it('answers a POST for a missing repository with HTTP 500 and creates no record, as Quay does', async () => {
    // quay/quay data/model/repository.py create_email_authorization_for_repo raises DataModelException, unmapped.
    const response = await call('POST', '/repository/acme/nope/authorizedemail/new@example.com');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<title>Internal Server Error</title>');
    expect(quayControl(fx.emulator).authorizationMails).toEqual([]);
    expect((await call('GET', '/repository/acme/nope/authorizedemail/new@example.com')).status).toBe(404);
  });

  it('forgets the records of a deleted repository: one created again under the name starts with none', async () => {
    await call('POST', '/repository/acme/app/authorizedemail/new@example.com');
    expect((await call('DELETE', '/repository/acme/app')).status).toBe(204);
    expect((await call('GET', '/repository/acme/app/authorizedemail/ops@example.com')).status).toBe(404);
    expect((await run(['repo', 'create', 'app', '--namespace', 'acme'])).code).toBe(0);
    expect((await call('GET', '/repository/acme/app/authorizedemail/ops@example.com')).status).toBe(404);
    expect((await call('GET', '/repository/acme/app/authorizedemail/new@example.com')).status).toBe(404);
  });

  it('the confirm control route answers 404 for an address that was never mailed', async () => {
    expect((await clickLink('nobody@example.com')).status).toBe(404);
  });
});
