import type { ProfileFields } from '../linkedin/types';
import type { ReviewedValues } from '../stardex/change-set';
import type { PersonPatch } from '../stardex/types';

export type ReviewField = keyof ReviewedValues;

/** The popup's fields in display order; the labels are part of the extension's interface. */
export const REVIEW_FIELDS: readonly { field: ReviewField; label: string; patchKey: keyof PersonPatch }[] = [
  { field: 'name', label: 'Full name', patchKey: 'name' },
  { field: 'firstName', label: 'First name', patchKey: 'first_name' },
  { field: 'lastName', label: 'Last name', patchKey: 'last_name' },
  { field: 'headline', label: 'Headline', patchKey: 'linkedin_headline' },
  { field: 'location', label: 'Location', patchKey: 'linkedin_location' },
  { field: 'title', label: 'Job title', patchKey: 'current_job_title' },
  { field: 'company', label: 'Company', patchKey: 'company_name' },
  { field: 'linkedinUrl', label: 'LinkedIn URL', patchKey: 'linkedin_url' },
];

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
