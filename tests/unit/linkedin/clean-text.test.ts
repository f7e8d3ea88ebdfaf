// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { cleanText, stripEmploymentType, visibleText } from '../../../lib/linkedin/clean-text';

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
