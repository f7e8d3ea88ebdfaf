import type { ProfileFields } from '../linkedin/types';
import type { ReviewedValues } from '../stardex/change-set';

export type ReviewField = keyof ReviewedValues;

export function reviewedValuesFromProfile(fields: ProfileFields): ReviewedValues {
  return {
    linkedinUrl: fields.url ?? '',
    name: fields.name ?? '',
    firstName: fields.firstName ?? '',
    lastName: fields.lastName ?? '',
    headline: fields.headline ?? '',
    location: fields.location ?? '',
    title: fields.title ?? '',
    company: fields.company ?? '',
  };
}
