import { startSandbox, type Sandbox } from '../../scripts/stardex-sandbox/server';

/** The Stardex sandbox runs inside the test process, so tests read its log and records directly. */
export type TestSandbox = Sandbox;

export function startTestSandbox(): Promise<TestSandbox> {
  return startSandbox({ port: 0 });
}
