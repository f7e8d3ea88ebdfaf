/**
 * Employment types LinkedIn appends to a role's company line ("Acme · Full-time"), in the UI
 * languages the extension supports: English, French, German, Spanish, Portuguese, Italian, Dutch.
 * Compared case-insensitively. A type missing here stays in the company name: add it.
 */
const EMPLOYMENT_TYPES = [
  // English
  'full-time',
  'part-time',
  'self-employed',
  'freelance',
  'contract',
  'internship',
  'apprenticeship',
  'seasonal',
  'permanent',
  'temporary',
  'trainee',
  'volunteer',
  // French
  'temps plein',
  'temps partiel',
  'indépendant',
  'indépendante',
  'cdi',
  'cdd',
  'stage',
  'alternance',
  'apprentissage',
  'saisonnier',
  'intérim',
  'contrat',
  'bénévole',
  // German
  'vollzeit',
  'teilzeit',
  'selbstständig',
  'freiberuflich',
  'befristet',
  'unbefristet',
  'praktikum',
  'ausbildung',
  'saisonal',
  'werkstudent',
  'werkstudentin',
  'festanstellung',
  // Spanish
  'jornada completa',
  'media jornada',
  'jornada parcial',
  'autónomo',
  'autónoma',
  'contrato temporal',
  'contrato',
  'prácticas',
  'temporal',
  'de temporada',
  'aprendiz',
  'voluntariado',
  // Portuguese
  'tempo integral',
  'meio período',
  'tempo parcial',
  'autônomo',
  'autônoma',
  'estágio',
  'temporário',
  'sazonal',
  'efetivo',
  // Italian
  'tempo pieno',
  'lavoro autonomo',
  'contratto a termine',
  'tirocinio',
  'apprendistato',
  'stagionale',
  'contratto',
  'volontariato',
  // Dutch
  'fulltime',
  'parttime',
  'zelfstandige',
  'zzp',
  'tijdelijk',
  'leerling',
  'seizoensgebonden',
  'vast',
  'vrijwilliger',
];

const EMPLOYMENT_TYPE_SET = new Set(EMPLOYMENT_TYPES);

export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPE_SET.has(text.trim().toLowerCase());
}
