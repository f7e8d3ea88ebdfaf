import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OptionsForm, type OptionsFormValues } from '@/components/OptionsForm';
import { SavedDataControls } from '@/components/SavedDataControls';
import { errorStatus, StatusMessage, type StatusMessageProps } from '@/components/StatusMessage';
import type { ConnectionCheck, SettingsView } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { settingsOutcomeWords } from '@/lib/ui-words/connection';
import { optionsWords } from '@/lib/ui-words/options';
import { settingsResetWords } from '@/lib/ui-words/saves';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';

/** What the form shows when the settings cannot be read at all: the defaults, no key. */
const DEFAULT_SETTINGS_VIEW: SettingsView = {
  ...DEFAULT_SETTINGS,
  hasApiKey: false,
  apiKeyHint: null,
  apiKeyOrigin: null,
  resetSettings: [],
};

function connectionStatus(check: ConnectionCheck | null, saved: boolean): StatusMessageProps {
  const message = settingsOutcomeWords(check, saved);
  if (!check || check.ok) return { tone: 'success', message };
  return { tone: 'error', message, detail: check.failure.detail };
}

export function OptionsApp() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => sendToBackground({ type: 'settings/get' }) });
  const savedData = useQuery({ queryKey: ['saved-data'], queryFn: () => sendToBackground({ type: 'data/status' }) });
  const save = useMutation({
    mutationFn: (values: OptionsFormValues) =>
      sendToBackground({
        type: 'settings/save',
        // An empty key field means "keep the saved key".
        apiKey: values.apiKey.trim() === '' ? undefined : values.apiKey,
        baseUrl: values.baseUrl,
        onlyFillEmpty: values.onlyFillEmpty,
        badgeLookup: values.badgeLookup,
        reviewOpensIn: values.reviewOpensIn,
      }),
    onSuccess: (result) => queryClient.setQueryData(['settings'], result.settings),
  });
  const test = useMutation({ mutationFn: () => sendToBackground({ type: 'settings/test-connection' }) });
  const afterRemoval = () => {
    void queryClient.invalidateQueries({ queryKey: ['settings'] });
    void queryClient.invalidateQueries({ queryKey: ['saved-data'] });
  };
  const removeKey = useMutation({
    mutationFn: () => sendToBackground({ type: 'settings/remove-api-key' }),
    onSettled: afterRemoval,
  });
  const clear = useMutation({ mutationFn: () => sendToBackground({ type: 'data/clear' }), onSettled: afterRemoval });
  const retryAll = useMutation({
    mutationFn: () => sendToBackground({ type: 'outbox/retry-all', linkedinUrl: null }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['saved-data'] }),
  });

  let status: StatusMessageProps | null = null;
  const latest = [save, test, removeKey, clear, retryAll]
    .filter((m) => !m.isIdle)
    .sort((a, b) => b.submittedAt - a.submittedAt)[0];
  if (latest?.isPending && latest === retryAll) status = { tone: 'info', message: optionsWords.retrying() };
  else if (latest?.isPending)
    status = {
      tone: 'info',
      message: latest === save || latest === test ? optionsWords.checking() : optionsWords.removing(),
    };
  else if (latest?.isError) status = errorStatus(latest.error);
  else if (latest === save && save.data) status = connectionStatus(save.data.connection, true);
  else if (latest === test && test.data) status = connectionStatus(test.data, false);
  else if (latest === removeKey && removeKey.data) status = { tone: 'success', message: removeKey.data.message };
  else if (latest === clear && clear.data) status = { tone: 'success', message: clear.data.message };
  else if (latest === retryAll && retryAll.data)
    status = {
      tone: retryAll.data.failed === 0 ? 'success' : 'error',
      message: optionsWords.retried(retryAll.data.failed),
    };

  const busy = save.isPending || test.isPending || removeKey.isPending || clear.isPending || retryAll.isPending;
  // The form is always there, whatever storage holds: with the settings as read, else their defaults.
  const shown = settings.data ?? (settings.isError ? DEFAULT_SETTINGS_VIEW : null);
  const storageTrouble = settings.isError || (settings.data?.resetSettings.length ?? 0) > 0;
  return (
    <main className="options-page">
      <h1>{optionsWords.title()}</h1>
      {settings.error ? <StatusMessage {...errorStatus(settings.error)} /> : null}
      {settings.data && settings.data.resetSettings.length > 0 ? (
        <StatusMessage tone="error" message={settingsResetWords(settings.data.resetSettings)} />
      ) : null}
      {shown ? (
        <OptionsForm
          // A fresh form after the stored settings changed (saved, or cleared below).
          key={settings.dataUpdatedAt}
          settings={shown}
          busy={busy}
          status={status}
          onSave={(values) => save.mutate(values)}
          onTestConnection={() => test.mutate()}
        />
      ) : status ? (
        <StatusMessage {...status} />
      ) : null}
      {savedData.error ? <StatusMessage {...errorStatus(savedData.error)} /> : null}
      <SavedDataControls
        data={savedData.data ?? null}
        hasApiKey={settings.data ? settings.data.hasApiKey : null}
        open={storageTrouble}
        busy={busy}
        onRemoveApiKey={() => removeKey.mutate()}
        onClearSavedData={() => clear.mutate()}
        onRetryAll={() => retryAll.mutate()}
      />
    </main>
  );
}
