import { parseArgs } from 'node:util';
import { DEMO_API_KEY, READ_ONLY_API_KEY, startSandbox } from './server';

const DEFAULT_PORT = 8787;

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const portText = values.port ?? process.env.SANDBOX_PORT ?? String(DEFAULT_PORT);
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  throw new Error(`Invalid port "${portText}": pass --port <0-65535> or set SANDBOX_PORT`);
}

const sandbox = await startSandbox({ port });
console.log(`Stardex sandbox listening on ${sandbox.url}`);
console.log(`API key (read-write): ${DEMO_API_KEY}`);
console.log(`API key (read-only):  ${READ_ONLY_API_KEY}`);
console.log(`Request log: ${sandbox.url}/__sandbox/requests`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
