import { describe, expect, test } from 'vitest';
import { isExperienceHeading, mentionsExperience } from '../../../lib/linkedin/section-headings';

describe('the Experience heading in the UI languages of LinkedIn’s language menu', () => {
  test.each([
    ['en', 'Experience'],
    ['fr', 'Expérience'],
    ['de', 'Berufserfahrung'],
    ['es', 'Experiencia'],
    ['pt', 'Experiência'],
    ['it', 'Esperienza'],
    ['nl', 'Ervaring'],
    ['pl', 'Doświadczenie'],
    ['sv', 'Erfarenhet'],
    ['da', 'Erfaring'],
    ['no', 'Erfaring'],
    ['tr', 'Deneyim'],
    ['cs', 'Zkušenosti'],
    ['ro', 'Experiență'],
    ['ru', 'Опыт работы'],
    ['uk', 'Досвід роботи'],
    ['ja', '経験'],
    ['ko', '경력'],
    ['zh', '工作经历'],
    ['ar', 'الخبرة'],
    ['id', 'Pengalaman'],
    ['ms', 'Pengalaman'],
    ['th', 'ประสบการณ์'],
  ])('%s: %s', (_language, heading) => {
    expect(isExperienceHeading(heading)).toBe(true);
    expect(isExperienceHeading(`  ${heading.toUpperCase()}  `)).toBe(true);
  });

  test.each(['Education', 'About', 'Volunteer experience', 'Volunteering', 'Ausbildung', '学歴', 'التعليم', null])(
    '%s is not the Experience heading',
    (heading) => {
      expect(isExperienceHeading(heading)).toBe(false);
    },
  );

  test('labels that point at the Experience card, in any listed language', () => {
    expect(mentionsExperience('Aktuelles Unternehmen: X. Zum Abschnitt Berufserfahrung springen')).toBe(true);
    expect(mentionsExperience('Formation : Y. Passer à la section Formation')).toBe(false);
  });
});
