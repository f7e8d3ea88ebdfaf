import { describe, expect, it } from 'vitest';
import { companySchema } from '@/lib/companies/company-schema';
import { offLimitsReasons } from '@/lib/companies/off-limits';
import { badgeOffLimitsTitle, offLimitsWords } from '@/lib/ui-words/companies';

const company = (fields: object) =>
  companySchema.parse({ id: '0c0a0001-4d2e-4b8f-9a10-00000000c001', name: 'Nettlebrook Pharma', ...fields });

describe('offLimitsReasons and their words', () => {
  it('a client names its client status', () => {
    const reasons = offLimitsReasons(company({ is_client: true, client_status: { id: 'x', name: 'Active' } }), null);
    expect(reasons.map(offLimitsWords)).toEqual(['Off-limits: Nettlebrook Pharma is a client (Active)']);
  });

  it('a client without a readable status is still a client', () => {
    const reasons = offLimitsReasons(company({ is_client: true, client_status: 'Active' }), null);
    expect(reasons.map(offLimitsWords)).toEqual(['Off-limits: Nettlebrook Pharma is a client']);
  });

  it("do-not-contact gives the metadata's reason and date when given, and reads without them", () => {
    const marked = company({
      name: 'Lumenvale Optics',
      do_not_contact: true,
      do_not_contact_metadata: { reason: 'Non-solicit agreement', date: '2025-11-03' },
    });
    expect(offLimitsReasons(marked, null).map(offLimitsWords)).toEqual([
      'Do not contact: Lumenvale Optics - Non-solicit agreement (since 2025-11-03)',
    ]);
    const bare = company({ name: 'Lumenvale Optics', do_not_contact: true, do_not_contact_metadata: 'yes' });
    expect(offLimitsReasons(bare, null).map(offLimitsWords)).toEqual(['Do not contact: Lumenvale Optics']);
  });

  it("the person's own mark counts, after the company's, where Stardex returns it", () => {
    const reasons = offLimitsReasons(company({ is_client: true }), {
      do_not_contact: true,
      do_not_contact_metadata: { note: 'Asked not to be contacted' },
    });
    expect(reasons.map(offLimitsWords)).toEqual([
      'Off-limits: Nettlebrook Pharma is a client',
      'Do not contact: this person is marked do-not-contact in Stardex - Asked not to be contacted',
    ]);
  });

  it('an ordinary company and person give none', () => {
    expect(offLimitsReasons(company({ is_client: false, do_not_contact: false }), { do_not_contact: null })).toEqual(
      [],
    );
    expect(offLimitsReasons(null, null)).toEqual([]);
  });

  it("the badge's title puts the warnings before the match", () => {
    const reasons = offLimitsReasons(company({ is_client: true, client_status: { name: 'Active' } }), null);
    expect(badgeOffLimitsTitle(reasons, 'In Stardex: Katrin Quennerby')).toBe(
      'Off-limits: Nettlebrook Pharma is a client (Active). In Stardex: Katrin Quennerby',
    );
  });
});
