import { describe, expect, it } from 'vitest';
import { windowFloorMs } from '../../../scripts/list-run-bench';

/** The floor `npm run bench` sets a list run's time against: Stardex's sliding 60 requests a minute. */
describe('windowFloorMs', () => {
  it('lets requests go at once while the window has room', () => {
    expect(windowFloorMs([], 0, 60)).toBe(0);
    expect(windowFloorMs([0, 1000], 5000, 58)).toBe(0);
  });

  it('holds the 61st request of the window until the first leaves it', () => {
    expect(windowFloorMs([], 0, 61)).toBe(60_000);
    // 26 lookups every 0.5 s from t=0, then a run of 51 at t=20 s: the run's 35th is the window's 61st and
    // waits for the first lookup to leave (t=60 s); its 51st is the window's 77th, waiting for the 17th (t=68 s).
    const lookups = Array.from({ length: 26 }, (_, at) => at * 500);
    expect(windowFloorMs(lookups, 20_000, 51)).toBe(60_000 + 16 * 500 - 20_000);
  });
});
