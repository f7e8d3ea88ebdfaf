import { z } from 'zod';

const faultSchema = z.strictObject({
  method: z.string().optional(),
  /** A path prefix such as `/v1/persons/`, or a regular expression when it starts with `^`. */
  path: z.string().optional(),
  times: z.number().int().min(1).default(1),
  kind: z.enum(['status', 'hang', 'drop', 'malformed-json', 'html', 'empty', 'delay']),
  status: z.number().int().min(100).max(599).optional(),
  shape: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** The error's words in a `status` fault; default "Injected <status> <reason>". */
  message: z.string().optional(),
  retryAfter: z.number().int().min(0).optional(),
  delayMs: z.number().int().min(0).optional(),
  /** Run the real handler (changing state) before failing: "the create happened but the answer got lost". */
  apply: z.boolean().optional(),
});

export type Fault = z.output<typeof faultSchema>;
export type FaultInput = z.input<typeof faultSchema>;
export const faultListSchema = z.union([faultSchema, z.array(faultSchema)]).transform((faults) => [faults].flat());

/** Faults are consumed in the order they were added, each by the first `times` matching /v1 requests. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(faults: readonly Fault[]): void {
    this.faults.push(...faults.map((fault) => ({ ...fault })));
  }

  clear(): void {
    this.faults = [];
  }

  take(method: string, path: string): Fault | null {
    const index = this.faults.findIndex((fault) => matches(fault, method, path));
    const fault = this.faults[index];
    if (!fault) return null;
    fault.times -= 1;
    if (fault.times === 0) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (!fault.path) return true;
  return fault.path.startsWith('^') ? new RegExp(fault.path).test(path) : path.startsWith(fault.path);
}
