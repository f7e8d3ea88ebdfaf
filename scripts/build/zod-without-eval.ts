import type { Plugin } from 'vite';

/** zod's probe: `allowsEval` tries `new Function("")` unless `jitless` is set. */
const PROBE = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/;
const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;

/**
 * The extension always runs zod `jitless` (lib/zod-config.ts), so zod's eval probe is dead code; left in
 * the bundle, addons.mozilla.org's linter reports it as `eval`. The build removes it, and fails when a
 * zod update changes the probe, so the probe never comes back unnoticed.
 */
export function zodWithoutEval(): Plugin {
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_UTIL.test(id)) return null;
      if (!PROBE.test(code)) throw new Error(`zod's allowsEval probe changed in ${id}: update ${import.meta.url}`);
      return { code: code.replace(PROBE, 'export const allowsEval = /* @__PURE__*/ cached(() => false);'), map: null };
    },
  };
}
