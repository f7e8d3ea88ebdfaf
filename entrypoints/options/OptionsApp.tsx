import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OptionsForm, type OptionsFormValues } from '@/components/OptionsForm';
import { errorStatus, StatusMessage, type StatusMessageProps } from '@/components/StatusMessage';
import type { ConnectionCheck } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';

function connectionStatus(check: ConnectionCheck | null, saved: boolean): StatusMessageProps {
  if (!check) return { tone: 'success', message: saved ? 'Settings saved.' : 'Connected.' };
  return check.ok
    ? { tone: 'success', message: saved ? `Saved. ${check.message}` : check.message }
    : {
        tone: 'error',
        message: saved ? `Saved, but the check failed: ${check.message}` : check.message,
        detail: check.detail,
      };
}

export function OptionsApp() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => sendToBackground({ type: 'settings/get' }) });
  const save = useMutation({
    mutationFn: (values: OptionsFormValues) =>
      sendToBackground({
        type: 'settings/save',
        // An empty key field means "keep the saved key".
        apiKey: values.apiKey.trim() === '' ? undefined : values.apiKey,
        baseUrl: values.baseUrl,
        onlyFillEmpty: values.onlyFillEmpty,
      }),
    onSuccess: (result) => queryClient.setQueryData(['settings'], result.settings),
  });
  const test = useMutation({ mutationFn: () => sendToBackground({ type: 'settings/test-connection' }) });

  let status: StatusMessageProps | null = null;
  const latest = [save, test].filter((m) => !m.isIdle).sort((a, b) => b.submittedAt - a.submittedAt)[0];
  if (latest?.isPending) status = { tone: 'info', message: 'Checking with Stardex…' };
  else if (latest?.isError) status = errorStatus(latest.error);
  else if (latest === save && save.data) status = connectionStatus(save.data.connection, true);
  else if (latest === test && test.data) status = connectionStatus(test.data, false);

  return (
    <main className="options-page">
      <h1>Stardex for LinkedIn</h1>
      {settings.error ? <StatusMessage {...errorStatus(settings.error)} /> : null}
      {settings.data ? (
        <OptionsForm
          settings={settings.data}
          busy={save.isPending || test.isPending}
          status={status}
          onSave={(values) => save.mutate(values)}
          onTestConnection={() => test.mutate()}
        />
      ) : null}
    </main>
  );
}
