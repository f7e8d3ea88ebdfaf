import { i18n } from '#i18n';

/** "12 s" up to a minute and a half, then "45 min". */
export function waitWords(seconds: number): string {
  return seconds <= 90
    ? i18n.t('wait.seconds', { seconds: String(Math.max(0, Math.ceil(seconds))) })
    : i18n.t('wait.minutes', { minutes: String(Math.ceil(seconds / 60)) });
}
