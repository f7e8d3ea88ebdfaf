import { z } from 'zod';

// Extension pages and the worker run under a CSP without 'unsafe-eval'. Zod probes `new Function` when it
// builds the first object schema, to decide whether to compile fast parsers; the browser reports that probe
// as a CSP violation although zod catches the error. Each entrypoint imports this module first, so the
// setting is in place before any schema module runs.
z.config({ jitless: true });
