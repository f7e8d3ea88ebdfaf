import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStardexClient, type StardexClient } from '../../../lib/stardex/client';
import { CLIENT_ERROR_CODES } from '../../../lib/stardex/errors';
import { failureWords } from '../../../lib/ui-words/failures';
import { stardexFailureOf } from '../../../lib/to-failure.background';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';
import { stardexError } from './stardex-error';

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';

// A server at the configured address that sends every request on to the sandbox, as a moved or
// hijacked API address would. Following it would carry the key (and the body) somewhere else.
let sandbox: Sandbox;
let redirector: Server;
let redirectorUrl: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  redirector = createServer((request, response) => {
    response.writeHead(307, { Location: `${sandbox.url}${request.url}` }).end();
  });
  await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
  redirectorUrl = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => redirector.close(resolve));
});
beforeEach(() => sandbox.reset());

describe('a redirect from the API address', () => {
  const calls: [string, (client: StardexClient) => Promise<unknown>][] = [
    ['search', (client) => client.searchPersons({ name: 'Calla Northallen' })],
    ['read', (client) => client.getPerson(CALLA_ID)],
    ['update', (client) => client.updatePerson(CALLA_ID, { current_job_title: 'Moved' })],
    ['note', (client) => client.addNote(CALLA_ID, 'A note')],
  ];

  it.each(calls)(
    'is refused on %s as a misconfiguration, at once (not retried as a network error); nothing reaches the target',
    async (_name, call) => {
      const client = createStardexClient({ baseUrl: redirectorUrl, apiKey: DEMO_API_KEY });
      const error = await stardexError(call(client));
      expect(error).toMatchObject({ kind: 'bad-request', code: CLIENT_ERROR_CODES.redirected, retryable: false });
      expect(error.detail).toMatch(/redirect/i);
      expect(sandbox.requests()).toEqual([]);
      expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
    },
  );
});

describe('a redirect, in words (issue 22 item 15)', () => {
  it('names the API address as the thing to fix, not the connection', async () => {
    const client = createStardexClient({ baseUrl: redirectorUrl, apiKey: DEMO_API_KEY });
    const words = failureWords(stardexFailureOf(await stardexError(client.getPerson(CALLA_ID))));
    expect(words).toMatch(/redirect/i);
    expect(words).toMatch(/API base URL/);
  });
});
