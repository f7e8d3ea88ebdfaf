/** First retry waits up to 5 s; each further failure doubles the ceiling. */
export const BASE_RETRY_DELAY_MS = 5_000;
/** Past 15 min, waiting longer only makes a recruiter wonder whether the save is lost. */
export const MAX_RETRY_DELAY_MS = 15 * 60_000;

/**
 * How long to wait after the `attempts`-th failed attempt. Full jitter (anywhere between 0 and the
 * exponential ceiling) keeps several queued saves from retrying in lockstep against a struggling
 * server; `random` is injectable so tests are deterministic. Stardex's Retry-After is a floor, even
 * above the cap, because retrying sooner would only be refused again.
 */
export function retryDelayMs(
  attempts: number,
  retryAfterSeconds: number | null,
  random: () => number = Math.random,
): number {
  const doublings = Math.max(0, attempts - 1);
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** doublings);
  const jittered = Math.round(random() * ceiling);
  const floor = retryAfterSeconds === null ? 0 : Math.ceil(retryAfterSeconds * 1000);
  return Math.max(jittered, floor);
}
