import { z } from 'zod';
import { companyCreateSchema } from './company-schema';

/** The outbox step of "Add company to Stardex" (lib/placements/placement-schema.ts lists it among the steps). */
export const companyStepSchema = z.object({ kind: z.literal('company'), company: companyCreateSchema });
