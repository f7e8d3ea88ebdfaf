import { i18n } from '#i18n';
import type { ConnectionCheck } from '../messaging/protocol';
import { API_KEY_LOCATION, DEFAULT_BASE_URL } from '../settings/settings';
import { CLIENT_ERROR_CODES } from '../stardex/errors';
import { askedWait, failureWords, refusalReason, statusOf } from './failures';

/**
 * "Test connection" (and the check after a save) in plain words: what is wrong and what to do. Unlike a
 * failed save or lookup, a test request can only fail for the key, the network or the address, so a
 * 404 or an answer that is not Stardex's means the base URL points somewhere else.
 */
export function connectionWords(check: ConnectionCheck): string {
  if (check.ok) return i18n.t('connection.works');
  const { failure, baseUrl } = check;
  const keyLocation = API_KEY_LOCATION;
  switch (failure.kind) {
    case 'missing-api-key':
      return failure.keyTypedFor === null ? i18n.t('connection.noKeySaved', { keyLocation }) : failureWords(failure);
    case 'auth':
      return failure.code === CLIENT_ERROR_CODES.malformedApiKey
        ? i18n.t('connection.malformedKey')
        : i18n.t('connection.keyRejected', { keyLocation });
    case 'forbidden':
      return i18n.t('connection.forbidden');
    case 'network':
      return i18n.t('connection.unreachable', { baseUrl, defaultBaseUrl: DEFAULT_BASE_URL });
    case 'timeout':
      return i18n.t('connection.timeout', { baseUrl });
    case 'not-found':
    case 'invalid-response':
      return i18n.t('connection.notStardex', { baseUrl, defaultBaseUrl: DEFAULT_BASE_URL });
    case 'bad-request':
      if (failure.code === CLIENT_ERROR_CODES.invalidBaseUrl) return i18n.t('connection.invalidBaseUrl');
      if (failure.code === CLIENT_ERROR_CODES.redirected) return failureWords(failure);
      return i18n.t('connection.refused', { baseUrl, reason: refusalReason(failure) });
    case 'rate-limited':
      return i18n.t('connection.rateLimited', { wait: askedWait(failure) ?? i18n.t('wait.aMinute') });
    case 'server':
      return i18n.t('connection.server', { status: statusOf(failure) });
    case 'unexpected':
      return i18n.t('failure.talkingToStardex');
    default:
      return failureWords(failure);
  }
}

/** Options' status after Save or Test connection; `check` is null when nothing needed checking. */
export function settingsOutcomeWords(check: ConnectionCheck | null, saved: boolean): string {
  if (!check) return saved ? i18n.t('connection.saved') : i18n.t('connection.connected');
  const result = connectionWords(check);
  if (!saved) return result;
  return check.ok
    ? i18n.t('connection.savedAndChecked', { result })
    : i18n.t('connection.savedCheckFailed', { result });
}
