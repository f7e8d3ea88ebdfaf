import { expect } from 'vitest';
import { StardexError } from '../../../lib/stardex/errors';

/** Resolves with the StardexError the promise rejects with; fails the test on anything else. */
export async function stardexError(promise: Promise<unknown>): Promise<StardexError> {
  const error = await promise.then(
    () => expect.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StardexError);
  return error as StardexError;
}
