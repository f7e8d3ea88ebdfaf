/**
 * The dates and times LinkedIn prints above and beside messages, read in the page's UI language.
 * Month and weekday names, "today" and "yesterday" come from the browser's own Intl data for that
 * language, so a language no list here names is read as well as English.
 */

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\.$/, '').trim();

/** The page's language first, English as well: LinkedIn's `lang` attribute can lag the UI language. */
function languagesOf(lang: string): string[] {
  const supported = (tag: string) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      return false; // A malformed `lang` attribute.
    }
  };
  return [...new Set([lang, 'en'].filter((tag) => tag !== '' && supported(tag)))];
}

function monthNames(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      const part = format.formatToParts(Date.UTC(2024, month - 1, 15)).find((p) => p.type === 'month');
      if (part) names.set(fold(part.value), month);
    }
    // "Sept" and "June"-style variants LinkedIn prints beside Intl's ("Sep", "Jun").
    if (lang.startsWith('en')) names.set('sept', 9);
  }
  return names;
}

function weekdayNames(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
    // 2024-01-07 was a Sunday (getUTCDay 0).
    for (let weekday = 0; weekday < 7; weekday += 1)
      names.set(fold(format.format(Date.UTC(2024, 0, 7 + weekday))), weekday);
  }
  return names;
}

function relativeDay(lang: string, offset: 0 | -1): string {
  return fold(new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(offset, 'day'));
}

const dayOf = (date: Date): CalendarDay => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
});

const daysBefore = (now: Date, days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);

const isValidDay = ({ year, month, day }: CalendarDay) => {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
};

/** "Feb 27, 2025", "9 janv. 2026", "14. Okt. 2025", "Mar 4" (this year), "2026年3月2日". */
function readNamedDate(text: string, lang: string, now: Date): CalendarDay | null {
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (cjk) return { year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]) };
  const months = monthNames(lang);
  const tokens = text
    .split(/[\s,\u00a0]+/)
    .map((token) => fold(token.replace(/\.+$/, '')))
    .filter(Boolean);
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const token of tokens) {
    if (/^\d{4}$/.test(token)) year = Number(token);
    else if (/^\d{1,2}$/.test(token)) day = Number(token);
    else month ??= months.get(token);
  }
  if (month === undefined || day === undefined) return null;
  if (year !== undefined) return { year, month, day };
  // LinkedIn leaves out the current year; a day still ahead this year was last year's.
  const thisYear = { year: now.getFullYear(), month, day };
  const ahead = new Date(thisYear.year, month - 1, day) > now;
  return ahead ? { ...thisYear, year: thisYear.year - 1 } : thisYear;
}

function readRelativeDay(text: string, lang: string, now: Date): CalendarDay | null {
  const folded = fold(text);
  if (folded === relativeDay(lang, 0)) return dayOf(now);
  if (folded === relativeDay(lang, -1)) return dayOf(daysBefore(now, 1));
  const weekday = weekdayNames(lang).get(folded);
  if (weekday === undefined) return null;
  // A weekday names a day of the past week: LinkedIn says "today" for today.
  const back = (now.getDay() - weekday + 7) % 7 || 7;
  return dayOf(daysBefore(now, back));
}

/** The day a heading such as "Feb 27, 2025", "Today" or "Montag" names, read relative to `now`; null when unreadable. */
export function readDayHeading(text: string, lang: string, now: Date): CalendarDay | null {
  for (const language of languagesOf(lang)) {
    const day = readRelativeDay(text, language, now) ?? readNamedDate(text, language, now);
    if (day && isValidDay(day)) return day;
  }
  return null;
}

/** "9:14 AM", "18:02", "14 h 05", "6.02 p.m." */
export function readClockTime(text: string): ClockTime | null {
  const match = /(\d{1,2})\s*[:h.]\s*(\d{2})(?:\s*([ap])\.?\s?m\.?)?/i.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** A `<time datetime>` with a date and time in it, as `YYYY-MM-DDTHH:MM` (the time as written). */
export function readDatetimeAttribute(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? value.slice(0, 16) : null;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM`, or null without a day; a day without a time is not a moment. */
export function messageMoment(day: CalendarDay | null, time: ClockTime | null): string | null {
  if (!day || !time) return null;
  return `${day.year}-${two(day.month)}-${two(day.day)}T${two(time.hour)}:${two(time.minute)}`;
}
