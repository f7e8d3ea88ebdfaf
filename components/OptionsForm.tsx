import { useState } from 'react';
import type { SettingsView } from '@/lib/messaging/protocol';
import { API_KEY_LOCATION, baseUrlOrigin, isStardexHost, type ReviewOpensIn } from '@/lib/settings/settings';
import { StatusMessage, type StatusMessageProps } from './StatusMessage';

export interface OptionsFormValues {
  apiKey: string;
  baseUrl: string;
  onlyFillEmpty: boolean;
  badgeLookup: boolean;
  reviewOpensIn: ReviewOpensIn;
}

export interface OptionsFormProps {
  settings: SettingsView;
  busy: boolean;
  status: StatusMessageProps | null;
  onSave(values: OptionsFormValues): void;
  onTestConnection(): void;
}

export function OptionsForm({ settings, busy, status, onSave, onTestConnection }: OptionsFormProps) {
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  const [onlyFillEmpty, setOnlyFillEmpty] = useState(settings.onlyFillEmpty);
  const [badgeLookup, setBadgeLookup] = useState(settings.badgeLookup);
  const [reviewOpensIn, setReviewOpensIn] = useState(settings.reviewOpensIn);
  // Judged on the address as typed, so the user reads both notes before saving it.
  const origin = baseUrlOrigin(baseUrl);
  const savedKeyFits = settings.apiKeyOrigin !== null && settings.apiKeyOrigin === origin;
  const keyPrompt = origin && settings.apiKeyOrigin ? `Enter the key for ${origin}` : 'Paste your Stardex API key';
  return (
    <form
      className="options"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ apiKey, baseUrl, onlyFillEmpty, badgeLookup, reviewOpensIn });
        setApiKey('');
      }}
    >
      {settings.hasApiKey ? null : <FirstSteps />}
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        value={apiKey}
        placeholder={savedKeyFits ? `Saved key ${settings.apiKeyHint} (type to replace)` : keyPrompt}
        onChange={(event) => setApiKey(event.target.value)}
      />
      <p className="hint">
        In {API_KEY_LOCATION}. The key stays in this browser and is only sent to the API base URL below.
      </p>
      {origin && settings.apiKeyOrigin && !savedKeyFits ? (
        <p className="hint hint--warning">
          The saved key {settings.apiKeyHint} was entered for {settings.apiKeyOrigin} and is never sent to another
          address: enter the key for {origin}.
        </p>
      ) : null}
      <label htmlFor="base-url">API base URL</label>
      <input id="base-url" type="url" value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} />
      {origin && !isStardexHost(origin) ? (
        <p className="hint hint--warning">
          {new URL(origin).host} is not a Stardex address. Your API key is sent there: use it only for a server you
          trust, such as a sandbox on this computer.
        </p>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={onlyFillEmpty} onChange={(event) => setOnlyFillEmpty(event.target.checked)} />
        Only fill empty fields (never overwrite values already in Stardex)
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={badgeLookup} onChange={(event) => setBadgeLookup(event.target.checked)} />
        Show whether profiles are in Stardex while I browse
      </label>
      <p className="hint">
        To show ✓ (in Stardex) or + (not yet) on the toolbar button, each LinkedIn profile you open is looked up in your
        Stardex by its LinkedIn address. Turned off, a profile is only looked up when you open its review.
      </p>
      <fieldset className="choice">
        <legend>The toolbar button and "Review and update in Stardex…" open</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="review-opens-in"
            checked={reviewOpensIn === 'popup'}
            onChange={() => setReviewOpensIn('popup')}
          />
          The popup
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="review-opens-in"
            checked={reviewOpensIn === 'side-panel'}
            onChange={() => setReviewOpensIn('side-panel')}
          />
          The side panel, which stays open and follows the profile you are on
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" disabled={busy} onClick={onTestConnection}>
          Test connection
        </button>
      </div>
      {status ? <StatusMessage {...status} /> : null}
    </form>
  );
}

/** Shown until a key is saved, which is how Options looks when it opens on install. */
function FirstSteps() {
  return (
    <section className="first-steps" aria-label="Getting started">
      <h2>Getting started</h2>
      <ol>
        <li>
          In Stardex, open {API_KEY_LOCATION} and copy your API key. Paste it below and press Save; Test connection
          tells you whether Stardex accepts it.
        </li>
        <li>
          While you browse LinkedIn, each profile you open is looked up in your Stardex, so the toolbar button shows ✓
          when the person is already there. If you would rather not, untick "Show whether profiles are in Stardex while
          I browse" below.
        </li>
        <li>Open a LinkedIn profile and click the toolbar button to review it and update Stardex.</li>
      </ol>
    </section>
  );
}
