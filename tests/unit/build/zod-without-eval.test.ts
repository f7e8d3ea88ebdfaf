import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodWithoutEval } from '../../../scripts/build/zod-without-eval';

const utilPath = path.resolve('node_modules/zod/v4/core/util.js');
const transform = (code: string, id: string) =>
  (zodWithoutEval().transform as (code: string, id: string) => { code: string } | null)(code, id);

describe("zod's eval probe removed at build time", () => {
  it('the installed zod loses its `new Function` probe, and allowsEval is false', () => {
    const original = readFileSync(utilPath, 'utf8');
    expect(original).toContain('new F("")');
    const result = transform(original, utilPath);
    expect(result?.code).not.toContain('new F("")');
    expect(result?.code).toContain('export const allowsEval = /* @__PURE__*/ cached(() => false);');
  });

  it('fails the build when a zod update changes the probe', () => {
    expect(() => transform('export const allowsEval = somethingElse;', utilPath)).toThrow(
      "zod's allowsEval probe changed",
    );
  });

  it('leaves every other module alone', () => {
    expect(transform('new Function("")', path.resolve('node_modules/other/util.js'))).toBeNull();
  });
});
