import { describe, expect, test } from 'vitest';
import {
  canonicalProfileUrl,
  classifyLinkedinUrl,
  isAuthwallUrl,
  isCompanyUrl,
  isFeedUrl,
  isOwnProfileAliasUrl,
  isProfileSubpageUrl,
  isProfileUrl,
  isRecruiterProfileUrl,
  isSalesNavigatorLeadUrl,
  isSearchUrl,
  profileSlug,
  publicIdSlug,
  sameProfile,
  storedUrlSlug,
} from '../../../lib/linkedin/profile-url';

/**
 * github-url-detection style: every predicate accepts its own list and rejects every URL listed
 * under another predicate (except the lists it is declared to include).
 */
interface PredicateTable {
  predicate: (url: string) => boolean;
  /** Lists whose URLs this predicate accepts too. */
  includes: string[];
  urls: string[];
}

const predicates: Record<string, PredicateTable> = {
  isProfileUrl: {
    predicate: isProfileUrl,
    includes: ['isProfileSubpageUrl'],
    urls: [
      'https://www.linkedin.com/in/jane-doe-12345/',
      'https://www.linkedin.com/in/jane-doe-12345',
      'https://linkedin.com/in/jane-doe-12345/',
      'http://www.linkedin.com/in/jane-doe-12345/',
      'https://fr.linkedin.com/in/jane-doe-12345/',
      'https://uk.linkedin.com/in/ilse-rookhaven-6ca71c91d',
      'https://m.linkedin.com/in/jane-doe-12345',
      'https://www.linkedin.com/mwlite/in/jane-doe-12345',
      'https://www.linkedin.com/in/Jane-Doe-12345/?originalSubdomain=de',
      'https://www.linkedin.com/in/jane-doe-12345/#experience',
      'https://www.linkedin.com/in/jane-doe-12345/overlay/contact-info/',
      'https://www.linkedin.com/in/%C3%A9lodie-dupont/',
      'https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-8a7b/',
    ],
  },
  isProfileSubpageUrl: {
    predicate: isProfileSubpageUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/in/jane-doe-12345/details/experience/',
      'https://www.linkedin.com/in/jane-doe-12345/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3AACoAA',
      'https://www.linkedin.com/in/jane-doe-12345/details/skills/',
      'https://www.linkedin.com/in/jane-doe-12345/recent-activity/all/',
    ],
  },
  isOwnProfileAliasUrl: {
    predicate: isOwnProfileAliasUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/in/me/',
      'https://www.linkedin.com/in/ME',
      'https://www.linkedin.com/in/me/details/experience/',
    ],
  },
  isFeedUrl: {
    predicate: isFeedUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/',
      'https://www.linkedin.com/feed/update/urn:li:activity:123/',
    ],
  },
  isSearchUrl: {
    predicate: isSearchUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/search/results/people/?keywords=recruiter',
      'https://www.linkedin.com/search/results/all/?keywords=Kelpie+Freight',
    ],
  },
  isCompanyUrl: {
    predicate: isCompanyUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/company/94046/',
      'https://www.linkedin.com/company/bluefen-insurance/people/',
      'https://www.linkedin.com/school/stonebridge-university/',
      'https://www.linkedin.com/showcase/acme-cloud/',
    ],
  },
  isAuthwallUrl: {
    predicate: isAuthwallUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/authwall?trk=bf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe%2F',
      'https://www.linkedin.com/login?session_redirect=https%3A%2F%2Fuk.linkedin.com%2Fin%2Fjane',
      'https://www.linkedin.com/signup/cold-join',
      'https://www.linkedin.com/uas/login?session_redirect=%2Fin%2Fjane',
      'https://www.linkedin.com/checkpoint/lg/login-submit',
    ],
  },
  isSalesNavigatorLeadUrl: {
    predicate: isSalesNavigatorLeadUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/sales/lead/ACwAAC9xQ2EBm3lTh7y1,NAME_SEARCH,Uv3b',
      'https://www.linkedin.com/sales/people/ACwAAC9xQ2EBm3lTh7y1,name',
    ],
  },
  isRecruiterProfileUrl: {
    predicate: isRecruiterProfileUrl,
    includes: [],
    urls: [
      'https://www.linkedin.com/talent/hire/123456/discover/recruiterSearch/profile/AEMAABx1y2z3?project=123456',
      'https://www.linkedin.com/talent/profile/AEMAABx1y2z3',
    ],
  },
};

/** Accepted by no predicate above. */
const otherUrls = [
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/%E0%A4%A/',
  'https://www.linkedin.com/jobs/view/123/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/sales/home',
  'https://www.linkedin.com/pub/dir/Jane/Doe',
  'https://evil-linkedin.com/in/jane-doe/',
  'https://www.linkedin.com.evil.example/in/jane-doe/',
  'https://example.com/in/jane-doe/',
  'linkedin.com/in/jane-doe',
  'not a url',
  'chrome-extension://abc/in/jane-doe/',
];

describe.each(Object.entries(predicates))('%s', (name, { predicate, includes, urls }) => {
  test.each(urls)('accepts %s', (url) => {
    expect(predicate(url), `${name} should accept ${url}: widen it or move the URL to the right list`).toBe(true);
  });

  const foreignUrls = [
    ...Object.entries(predicates)
      .filter(([other]) => other !== name && !includes.includes(other))
      .flatMap(([, { urls: otherList }]) => otherList),
    ...otherUrls,
  ];
  test.each(foreignUrls)('rejects %s', (url) => {
    expect(predicate(url), `${name} is too broad: it accepts ${url}, listed for another kind of page`).toBe(false);
  });
});

describe('classifyLinkedinUrl names one kind per page', () => {
  test.each([
    ['https://fr.linkedin.com/in/jane-doe/', 'profile'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'profile-subpage'],
    ['https://www.linkedin.com/in/me/', 'own-profile-alias'],
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/search/results/people/?keywords=x', 'search'],
    ['https://www.linkedin.com/company/94046/', 'company'],
    ['https://www.linkedin.com/authwall?trk=bf', 'authwall'],
    ['https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH,x', 'sales-navigator-lead'],
    ['https://www.linkedin.com/talent/profile/AEMAAB', 'recruiter-profile'],
    ['https://www.linkedin.com/jobs/view/123/', 'other-linkedin'],
    ['https://example.com/in/jane/', 'not-linkedin'],
  ])('%s -> %s', (url, kind) => {
    expect(classifyLinkedinUrl(url)).toBe(kind);
  });
});

describe('canonicalProfileUrl and profileSlug', () => {
  test.each([
    ['https://www.linkedin.com/in/jane-doe-12345', 'https://www.linkedin.com/in/jane-doe-12345/', 'jane-doe-12345'],
    [
      'https://de.linkedin.com/in/Jane-Doe-12345/?originalSubdomain=de#top',
      'https://www.linkedin.com/in/Jane-Doe-12345/',
      'jane-doe-12345',
    ],
    ['https://m.linkedin.com/mwlite/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    [
      'https://www.linkedin.com/in/jane-doe/details/experience/?x=1',
      'https://www.linkedin.com/in/jane-doe/',
      'jane-doe',
    ],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/all/', 'https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['https://www.linkedin.com/in/%C3%89lodie-dupont/', 'https://www.linkedin.com/in/Élodie-dupont/', 'élodie-dupont'],
    // Decoded once only: a literal "%41" in the slug stays as written, and is escaped again in the URL.
    ['https://www.linkedin.com/in/jane%2541/', 'https://www.linkedin.com/in/jane%2541/', 'jane%41'],
    // Decomposed (NFD) and composed (NFC) spellings are one profile.
    [
      'https://www.linkedin.com/in/E%CC%81lodie-dupont/',
      'https://www.linkedin.com/in/\u00c9lodie-dupont/',
      '\u00e9lodie-dupont',
    ],
    ['https://www.linkedin.com/in/me/', null, null],
    ['https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH,x', null, null],
    ['https://www.linkedin.com/in/%E0%A4%A/', null, null],
  ])('%s -> %s', (url, canonical, slug) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
    expect(profileSlug(url)).toBe(slug);
  });

  test('slugs compare case-insensitively', () => {
    expect(profileSlug('https://www.linkedin.com/in/Jane-Doe/')).toBe(
      profileSlug('https://uk.linkedin.com/in/jane-doe'),
    );
  });
});

describe('sameProfile', () => {
  test.each([
    ['https://www.linkedin.com/in/jane-doe/', 'https://uk.linkedin.com/in/Jane-Doe/details/experience/', true],
    ['https://www.linkedin.com/in/ma%C3%ABl-x/', 'https://www.linkedin.com/in/mae%CC%88l-x', true],
    ['https://www.linkedin.com/in/MA%C3%8BL-X/', 'https://www.linkedin.com/in/ma\u00ebl-x/', true],
    ['https://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe-2/', false],
    ['https://www.linkedin.com/in/me/', 'https://www.linkedin.com/in/me/', false],
    ['https://www.linkedin.com/sales/lead/ACwAA,NAME', 'https://www.linkedin.com/sales/lead/ACwAA,NAME', false],
  ])('%s vs %s -> %s', (a, b, same) => {
    expect(sameProfile(a, b)).toBe(same);
    expect(sameProfile(b, a)).toBe(same);
  });

  test('a canonical URL names the same profile as the URL it came from', () => {
    for (const url of ['https://www.linkedin.com/in/jane%2541/', 'https://de.linkedin.com/in/E%CC%81lodie/?x=1']) {
      expect(sameProfile(canonicalProfileUrl(url)!, url)).toBe(true);
    }
  });
});

describe('slugs stored in Stardex', () => {
  test.each([
    ['linkedin.com/in/Jane-Doe', 'jane-doe'],
    ['  http://de.linkedin.com/in/jane-doe?trk=x ', 'jane-doe'],
    ['https://www.linkedin.com/company/jane-doe/', null],
    ['', null],
  ])('storedUrlSlug(%j) -> %s', (stored, slug) => {
    expect(storedUrlSlug(stored)).toBe(slug);
  });

  test.each([
    ['Jane-Doe', 'jane-doe'],
    ['ma%C3%ABl-x', 'ma\u00ebl-x'],
    ['mae\u0308l-x', 'ma\u00ebl-x'],
    ['100%-jane', '100%-jane'],
    ['  ', null],
  ])('publicIdSlug(%j) -> %s', (publicId, slug) => {
    expect(publicIdSlug(publicId)).toBe(slug);
  });
});
