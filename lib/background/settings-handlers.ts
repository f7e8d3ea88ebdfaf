import type { ConnectionCheck, RequestOf, SettingsView } from '../messaging/protocol';
import { settingsItem, validateBaseUrl } from '../settings';
import { describeStardexError } from '../stardex/errors';
import { apiKeyItem, apiKeySchema, describeApiKey } from './api-key';
import { getStardexClient } from './stardex-access';

/** Bad input in Options: nothing is stored, and the message says what to fix. */
export class InvalidSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettingError';
  }
}

export async function readSettingsView(): Promise<SettingsView> {
  const [apiKey, settings] = await Promise.all([apiKeyItem.getValue(), settingsItem.getValue()]);
  return { hasApiKey: apiKey !== null, apiKeyHint: describeApiKey(apiKey), ...settings };
}

export async function checkConnection(): Promise<ConnectionCheck> {
  try {
    await (await getStardexClient()).checkConnection();
    return { ok: true, message: 'Connected: Stardex accepted the API key.' };
  } catch (error) {
    return { ok: false, ...describeStardexError(error) };
  }
}

export async function saveSettings(request: RequestOf<'settings/save'>) {
  let apiKey: string | undefined;
  if (request.apiKey !== undefined) {
    const parsed = apiKeySchema.safeParse(request.apiKey);
    if (!parsed.success) throw new InvalidSettingError(parsed.error.issues[0]?.message ?? 'The API key is not valid.');
    apiKey = parsed.data;
  }
  let baseUrl: string | undefined;
  if (request.baseUrl !== undefined) {
    const checked = validateBaseUrl(request.baseUrl);
    if (!checked.ok) throw new InvalidSettingError(checked.message);
    baseUrl = checked.baseUrl;
  }
  const current = await settingsItem.getValue();
  await settingsItem.setValue({
    baseUrl: baseUrl ?? current.baseUrl,
    onlyFillEmpty: request.onlyFillEmpty ?? current.onlyFillEmpty,
  });
  if (apiKey !== undefined) await apiKeyItem.setValue(apiKey);
  const connectionChanged = apiKey !== undefined || (baseUrl !== undefined && baseUrl !== current.baseUrl);
  return { settings: await readSettingsView(), connection: connectionChanged ? await checkConnection() : null };
}

/** Options' "Remove API key": nothing reaches Stardex until a key is added again; queued saves stay. */
export async function removeApiKey(): Promise<{ message: string }> {
  await apiKeyItem.removeValue();
  return { message: 'API key removed. Saves waiting in the outbox stay until you add a key again.' };
}
