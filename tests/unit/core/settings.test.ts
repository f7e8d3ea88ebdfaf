import { describe, expect, it } from 'vitest';
import { validateBaseUrl } from '@/lib/settings';

describe('validateBaseUrl', () => {
  it.each([
    ['https://api.stardex.ai', 'https://api.stardex.ai'],
    ['  https://api.stardex.ai/  ', 'https://api.stardex.ai'],
    ['https://proxy.example.com/stardex/', 'https://proxy.example.com/stardex'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
  ])('accepts %s as %s', (input, baseUrl) => {
    expect(validateBaseUrl(input)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['not a url', /not a valid URL/],
    ['http://api.stardex.ai', /https/],
    ['ftp://api.stardex.ai', /https/],
    ['https://api.stardex.ai/?key=1', /query/],
    ['https://user:pw@api.stardex.ai', /credentials/],
  ])('refuses %s with a message saying why', (input, message) => {
    const result = validateBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
