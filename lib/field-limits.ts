import { RefusalError } from './failure';
import { fieldsOverLimit } from './fields';
import { fieldTooLongWords } from './ui-words/refusals';

/**
 * Refuses a PATCH or create body with a value over its field's limit (lib/fields.ts), naming the
 * field, before anything is queued or sent: "Update in Stardex now", a save, a create and a list run
 * all pass here, whatever the page or the protocol let through.
 */
export function assertWithinFieldLimits(body: Readonly<Record<string, unknown>>): void {
  const [first] = fieldsOverLimit(body);
  if (first) throw new RefusalError(fieldTooLongWords(first.label, first.length, first.maxLength));
}
