import { describe, expect, it } from 'vitest';
import { assertPersonIsProfile, assertTabStillShows, IdentityMismatchError } from '@/lib/background/identity-guard';

const reviewed = 'https://www.linkedin.com/in/calla-northallen-2da20053/';

describe('assertTabStillShows', () => {
  it.each([
    reviewed,
    'https://de.linkedin.com/in/Calla-Northallen-2DA20053/details/experience/?trk=x',
    'https://www.linkedin.com/in/calla-northallen-2da20053/overlay/contact-info/',
  ])('lets the save through while the tab shows the same profile: %s', (url) => {
    expect(() => assertTabStillShows(reviewed, url)).not.toThrow();
  });

  it.each([
    'https://www.linkedin.com/in/calla-northallen-b7731c02/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/me/',
    null,
  ])('refuses when the tab moved on: %s', (url) => {
    expect(() => assertTabStillShows(reviewed, url)).toThrow(IdentityMismatchError);
  });
});

describe('assertPersonIsProfile', () => {
  const person = { id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01' };

  it('accepts the same profile in any letter case, and a person without a LinkedIn profile', () => {
    expect(() =>
      assertPersonIsProfile({ ...person, linkedin_public_id: 'Calla-Northallen-2DA20053' }, reviewed),
    ).not.toThrow();
    expect(() => assertPersonIsProfile({ ...person, linkedin_public_id: null }, reviewed)).not.toThrow();
  });

  it('refuses a person linked to another profile and names it', () => {
    expect(() =>
      assertPersonIsProfile({ ...person, linkedin_public_id: 'calla-northallen-b7731c02' }, reviewed),
    ).toThrow(/calla-northallen-b7731c02/);
  });
});
