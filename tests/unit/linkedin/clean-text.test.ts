// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { cleanText, isMaskedValue, stripEmploymentType, visibleText } from '../../../lib/linkedin/clean-text';

function element(html: string): Element {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('cleanText', () => {
  test.each([
    ['  Jane \n\t Doe  ', 'Jane Doe'],
    ['Jane\u200B Doe\u200E', 'Jane Doe'],
    ['\u202AAcme\u202C \u2066Labs\u2069\uFEFF\u2060', 'Acme Labs'],
    ['👩\u200D💻 dev', '👩\u200D💻 dev'],
    ['Jane\u00A0Doe', 'Jane Doe'],
    ['   ', null],
    ['\u200B', null],
  ])('%j -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('visibleText', () => {
  test('reads the aria-hidden copy, not the visually-hidden one', () => {
    const line = element(
      '<span aria-hidden="true">Apr 2023 - Present</span><span class="visually-hidden">Apr 2023 to Present</span>',
    );
    expect(visibleText(line)).toBe('Apr 2023 - Present');
  });

  test.each([
    [
      'identical twins without any marker (2026 hashed classes)',
      '<span class="_a1">RTCK</span><span class="_b2">RTCK</span>',
      'RTCK',
    ],
    [
      'an aria-hidden copy and a differently worded twin',
      '<span aria-hidden="true">Jan 2023 - Present</span><span class="_b2">Jan 2023 to Present</span>',
      'Jan 2023 - Present',
    ],
    [
      'a pair that is all its parent holds',
      '<p class="_c3"><span aria-hidden="true">· 2nd</span><span class="_b2">2nd degree connection</span></p>',
      '· 2nd',
    ],
    ['a hidden variant', '<h2>Marisol Quenby</h2><h2 hidden>Marisol Quenby · 2nd</h2>', 'Marisol Quenby'],
    ['different neighbours stay', '<span>Acme</span> <span>Labs</span>', 'Acme Labs'],
    ['an icon beside the text stays out', '<span aria-hidden="true"></span><span>Oslo</span>', 'Oslo'],
    [
      'a hidden separator is no twin',
      '<div><p>Oslo, Norway</p><span aria-hidden="true"> · </span></div>',
      'Oslo, Norway ·',
    ],
  ])('never doubles: %s', (_case, html, expected) => {
    expect(visibleText(element(html))).toBe(expected);
  });

  test('keeps markup-looking text as text', () => {
    const line = element('<span>&lt;img src=x onerror=alert(1)&gt; Growth &amp; "Ops"</span>');
    expect(visibleText(line)).toBe('<img src=x onerror=alert(1)> Growth & "Ops"');
    expect(line.querySelector('img')).toBeNull();
  });
});

describe('stripEmploymentType', () => {
  test.each([
    ['Acme · Full-time', 'Acme'],
    ['Acme Corp · Contract', 'Acme Corp'],
    ['Nordhafen GmbH · Vollzeit', 'Nordhafen GmbH'],
    ['Groupe Castelnoir · Temps plein', 'Groupe Castelnoir'],
    ['Brightquay Systems · CDD', 'Brightquay Systems'],
    ['Almendral S.L. · Jornada completa', 'Almendral S.L.'],
    ['Serra Dourada · Tempo integral', 'Serra Dourada'],
    ['Vallombrosa S.p.A. · Tempo pieno', 'Vallombrosa S.p.A.'],
    ['Wijkerveld B.V. · Fulltime', 'Wijkerveld B.V.'],
    ['Full-time', null],
    ['Nettle & Quill <Labs> · Freelance', 'Nettle & Quill <Labs>'],
    ['Acme · Widgets', 'Acme · Widgets'],
  ])('%j -> %j', (input, expected) => {
    expect(stripEmploymentType(input)).toBe(expected);
  });
});

describe('isMaskedValue: LinkedIn masks values on logged-out pages with asterisks', () => {
  test.each([
    ['***** ** *****', true],
    ['*******', true],
    [' * ', true],
    ['', false],
    ['   ', false],
    ['C*-level advisor', false],
    ['**Founder**', false],
  ])('%j -> %s', (text, masked) => {
    expect(isMaskedValue(text)).toBe(masked);
  });
});
