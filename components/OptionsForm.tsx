import { useState } from 'react';
import type { SettingsView } from '@/lib/messaging/protocol';
import { baseUrlOrigin, isStardexHost, type ReviewOpensIn } from '@/lib/settings/settings';
import { optionsWords as words } from '@/lib/ui-words/options';
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
  const keyPrompt = origin && settings.apiKeyOrigin ? words.keyForOrigin(origin) : words.pasteKey();
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
      <label htmlFor="api-key">{words.apiKey()}</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        value={apiKey}
        placeholder={savedKeyFits ? words.savedKey(settings.apiKeyHint) : keyPrompt}
        onChange={(event) => setApiKey(event.target.value)}
      />
      <p className="hint">{words.keyStays()}</p>
      {origin && settings.apiKeyOrigin && !savedKeyFits ? (
        <p className="hint hint--warning">
          {words.keyForOtherOrigin(settings.apiKeyHint, settings.apiKeyOrigin, origin)}
        </p>
      ) : null}
      <label htmlFor="base-url">{words.baseUrl()}</label>
      <input id="base-url" type="url" value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} />
      {origin && !isStardexHost(origin) ? (
        <p className="hint hint--warning">{words.notStardexHost(new URL(origin).host)}</p>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={onlyFillEmpty} onChange={(event) => setOnlyFillEmpty(event.target.checked)} />
        {words.onlyFillEmpty()}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={badgeLookup} onChange={(event) => setBadgeLookup(event.target.checked)} />
        {words.badgeLookup()}
      </label>
      <p className="hint">{words.badgeLookupHint()}</p>
      <fieldset className="choice">
        <legend>{words.reviewOpensIn()}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="review-opens-in"
            checked={reviewOpensIn === 'popup'}
            onChange={() => setReviewOpensIn('popup')}
          />
          {words.opensInPopup()}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="review-opens-in"
            checked={reviewOpensIn === 'side-panel'}
            onChange={() => setReviewOpensIn('side-panel')}
          />
          {words.opensInSidePanel()}
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {words.save()}
        </button>
        <button type="button" disabled={busy} onClick={onTestConnection}>
          {words.testConnection()}
        </button>
      </div>
      {status ? <StatusMessage {...status} /> : null}
    </form>
  );
}

/** Shown until a key is saved, which is how Options looks when it opens on install. */
function FirstSteps() {
  return (
    <section className="first-steps" aria-label={words.gettingStarted()}>
      <h2>{words.gettingStarted()}</h2>
      <ol>
        {words.firstSteps().map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
