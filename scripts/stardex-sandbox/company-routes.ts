import { z } from 'zod';
import { companySlug } from '../../lib/linkedin/company-url';
import type { Route } from './route-helpers';
import { codedError, frameworkError, listPage, ok } from './responses';
import { UUID_PATTERN, parseBody } from './route-helpers';
import { keywordsSchema, pagingShape } from './validation';

const optionalText = (field: string) => z.string({ error: `${field} must be a string` }).optional();

const companySearchBodySchema = z.looseObject({
  keywords: keywordsSchema,
  linkedin_url: optionalText('linkedin_url'),
  domain: optionalText('domain'),
  is_client: z.boolean({ error: 'is_client must be a boolean' }).optional(),
  company_ids: z.array(z.string({ error: 'company_ids[] must be strings' })).optional(),
  ...pagingShape,
});

/** The documented fields of "create or update"; anything else is a 400 like the person bodies. */
const companyCreateBodySchema = z.strictObject({
  name: z.string({ error: 'name is required' }).trim().min(1, { error: 'name is required' }),
  domain: optionalText('domain'),
  linkedin_url: optionalText('linkedin_url'),
  description: optionalText('description'),
  location: optionalText('location'),
  phone: optionalText('phone'),
  is_client: z.boolean({ error: 'is_client must be a boolean' }).optional(),
  custom_fields: z.array(z.looseObject({ attribute_id: z.string() })).optional(),
});

export const companyRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/companies\/search$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle({ body, companies }) {
      const parsed = parseBody(companySearchBodySchema, body);
      if (!parsed.ok) return parsed.response;
      const { keywords, linkedin_url, domain, is_client, company_ids, offset, limit } = parsed.value;
      if (linkedin_url !== undefined && companySlug(linkedin_url) === null) {
        return codedError(400, 'linkedin_url: not a LinkedIn company URL (…/company/<slug or id>)');
      }
      const hits = companies.search({
        linkedinUrl: linkedin_url,
        domain,
        keywords,
        isClient: is_client,
        companyIds: company_ids,
      });
      return listPage(hits, { offset, limit }, (company) => structuredClone(company));
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/companies\/([^/]+)$/,
    writes: false,
    legacy: false,
    endpoint: 'company',
    handle({ params, companies }) {
      const id = params[0] ?? '';
      if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
      const company = companies.get(id);
      return company ? ok(structuredClone(company)) : frameworkError(404, `Company with id ${id} not found`);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/companies$/,
    writes: true,
    legacy: false,
    endpoint: 'company',
    handle({ body, companies }) {
      const parsed = parseBody(companyCreateBodySchema, body);
      if (!parsed.ok) return parsed.response;
      const { name, domain, linkedin_url, description, location, phone, is_client } = parsed.value;
      if (linkedin_url !== undefined && companySlug(linkedin_url) === null) {
        return codedError(400, 'linkedin_url: not a LinkedIn company URL (…/company/<slug or id>)');
      }
      const created = companies.create({
        name,
        domain: domain ?? null,
        linkedin_url: linkedin_url ?? null,
        description: description ?? null,
        location: location ?? null,
        phone: phone ?? null,
        is_client: is_client ?? false,
      });
      return ok(structuredClone(created));
    },
  },
];
