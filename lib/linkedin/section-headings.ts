/**
 * The Experience section's heading in the UI languages LinkedIn's language menu offers. The 2026
 * layout has no `#experience` anchor and only hashed classes, so the section is found by what its
 * heading says. Compared after lower-casing and folding whitespace; a heading matches when it is
 * one of these words or starts with one followed by a space or a colon.
 */
const EXPERIENCE_HEADINGS = [
  'experience', // English
  'expérience', // French
  'berufserfahrung', // German
  'erfahrung',
  'experiencia', // Spanish
  'experiência', // Portuguese
  'esperienza', // Italian
  'ervaring', // Dutch
  'werkervaring',
  'doświadczenie', // Polish
  'erfarenhet', // Swedish
  'erfaring', // Danish, Norwegian
  'arbejdserfaring',
  'arbeidserfaring',
  'deneyim', // Turkish
  'iş deneyimi',
  'zkušenosti', // Czech
  'pracovní zkušenosti',
  'experiență', // Romanian (comma below)
  'experienţă', // Romanian (cedilla)
  'опыт работы', // Russian
  'опыт',
  'досвід роботи', // Ukrainian
  'досвід',
  '経験', // Japanese
  '職歴',
  '경력', // Korean
  '工作经历', // Chinese (simplified)
  '经历',
  '工作經歷', // Chinese (traditional)
  '經歷',
  'الخبرة', // Arabic
  'الخبرات',
  'pengalaman', // Indonesian, Malay
  'ประสบการณ์', // Thai
  'kokemus', // Finnish
  'tapasztalat', // Hungarian
  'εμπειρία', // Greek
  'ניסיון', // Hebrew
  'अनुभव', // Hindi
  'karanasan', // Tagalog
  'kinh nghiệm', // Vietnamese
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isExperienceHeading(text: string | null): boolean {
  if (!text) return false;
  const heading = normalise(text);
  return EXPERIENCE_HEADINGS.some(
    (word) => heading === word || heading.startsWith(`${word} `) || heading.startsWith(`${word}:`),
  );
}

/** For labels that mention the Experience card ("Current company: X. Click to skip to experience card"). */
export function mentionsExperience(label: string): boolean {
  const text = normalise(label);
  return EXPERIENCE_HEADINGS.some((word) => text.includes(word));
}
