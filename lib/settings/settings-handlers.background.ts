import { apiKeyInvalidWords, savedBaseUrlInvalidWords } from '../ui-words/refusals';
import { optionsWords } from '../ui-words/options';
import { RefusalError } from '../failure';
import type { ConnectionCheck, RequestOf, SettingsView } from '../messaging/protocol';
import { baseUrlOrigin, validateBaseUrl } from './settings';
import { apiKeyItem, settingsItem } from '../storage/items';
import { describeApiKey, keyFor } from './api-key.background';
import { apiKeySchema, type StoredApiKey } from './api-key-schema';
import { toFailure } from '../to-failure.background';
import { StoredValueError } from '../storage/validated-item';
import { getStardexClient } from './stardex-access.background';
import { deliverWaitingFor } from '../outbox/delivery.background';

/** Bad input in Options: nothing is stored, and the message says what to fix. */
class InvalidSettingError extends RefusalError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettingError';
  }
}

/**
 * What Options shows, whatever storage holds: damaged settings read as their defaults (named in
 * `resetSettings`), and a damaged API key reads as none (named too), so Options can always show its
 * form and let the user save a key again or remove it.
 */
export async function readSettingsView(): Promise<SettingsView> {
  const [storedKey, settings, resetSettings] = await Promise.all([
    apiKeyItem.getValue().then(
      (key) => ({ key, damaged: false }),
      (error: unknown) => {
        if (!(error instanceof StoredValueError)) throw error;
        console.warn('[stardex] the stored API key is damaged; Options shows none');
        return { key: null, damaged: true };
      },
    ),
    settingsItem.getValue(),
    settingsItem.getRepairs?.() ?? Promise.resolve([]),
  ]);
  const stored = storedKey.key;
  return {
    hasApiKey: keyFor(stored, settings.baseUrl) !== null,
    apiKeyHint: describeApiKey(stored?.key ?? null),
    apiKeyOrigin: stored?.origin ?? null,
    ...settings,
    resetSettings: [...resetSettings, ...(storedKey.damaged ? ['apiKey'] : [])],
  };
}

/** The one check of key and address: Options' "Test connection" and the check after saving either. */
export async function checkConnection(): Promise<ConnectionCheck> {
  try {
    await (await getStardexClient()).checkConnection();
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: toFailure(error), baseUrl: (await settingsItem.getValue()).baseUrl };
  }
}

export async function saveSettings(request: RequestOf<'settings/save'>) {
  let apiKey: string | undefined;
  if (request.apiKey !== undefined) {
    const parsed = apiKeySchema.safeParse(request.apiKey);
    if (!parsed.success) throw new InvalidSettingError(parsed.error.issues[0]?.message ?? apiKeyInvalidWords());
    apiKey = parsed.data;
  }
  let baseUrl: string | undefined;
  if (request.baseUrl !== undefined) {
    const checked = validateBaseUrl(request.baseUrl);
    if (!checked.ok) throw new InvalidSettingError(checked.message);
    baseUrl = checked.baseUrl;
  }
  const current = await settingsItem.getValue();
  const next = {
    baseUrl: baseUrl ?? current.baseUrl,
    onlyFillEmpty: request.onlyFillEmpty ?? current.onlyFillEmpty,
    badgeLookup: request.badgeLookup ?? current.badgeLookup,
    reviewOpensIn: request.reviewOpensIn ?? current.reviewOpensIn,
  };
  // A key is tied to the origin it was typed for: after a change of origin it has to be typed again.
  let keyToStore: StoredApiKey | undefined;
  if (apiKey !== undefined) {
    const origin = baseUrlOrigin(next.baseUrl);
    if (origin === null) throw new InvalidSettingError(savedBaseUrlInvalidWords());
    keyToStore = { key: apiKey, origin };
  }
  // The key first: where it cannot be kept safe, nothing of this save is stored.
  if (keyToStore) await apiKeyItem.setValue(keyToStore);
  await settingsItem.setValue(next);
  const connectionChanged = apiKey !== undefined || (baseUrl !== undefined && baseUrl !== current.baseUrl);
  const settings = await readSettingsView();
  // Saves that waited for a key for this Stardex (or for it to be configured again) go out now.
  const origin = baseUrlOrigin(next.baseUrl);
  if (connectionChanged && settings.hasApiKey && origin !== null) {
    deliverWaitingFor(origin).catch((error) =>
      console.error('[stardex] waking saves that waited for a key failed', error),
    );
  }
  return { settings, connection: connectionChanged ? await checkConnection() : null };
}

/** Options' "Remove API key": nothing reaches Stardex until a key is added again; queued saves stay. */
export async function removeApiKey(): Promise<{ message: string }> {
  await apiKeyItem.removeValue();
  return { message: optionsWords.keyRemoved() };
}
