// The options page's "Community results" section: what sharing sends and what it does not, the honest
// caveat, the server address (checked before anything is asked), the switch, and the outcome in words
// ("connected", "unreachable", "refused"…). Props in, callbacks out: the options entrypoint asks the
// browser for the permission and the background talks to the server.
import { useEffect, useId, useState } from 'preact/hooks';
import type { SharingCheck, WithdrawReport } from '../state/community-results';
import { parseServerUrl, SERVER_URL_PROBLEM_KEYS } from '../state/server-url';
import type { SharingSettings } from '../state/settings';
import { useT } from './i18n';
import { Switch } from './Switch';

export type SharingOutcome = SharingCheck | { status: 'declined' };

export interface SharingControls {
  /**
   * Turns sharing on with this server. Called from the switch's click handler, before anything else, so
   * that the browser sees the user gesture it requires to grant the host permission.
   */
  enable(serverUrl: string): Promise<SharingOutcome>;
  /** Turns sharing off and withdraws the answers shared; null when the background could not say. */
  disable(): Promise<WithdrawReport | null>;
  check(): Promise<SharingCheck>;
}

export interface CommunitySharingProps {
  sharing: SharingSettings;
  controls: SharingControls;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; key: 'sharingChecking' | 'sharingWithdrawing' }
  | { kind: 'outcome'; outcome: SharingOutcome }
  | { kind: 'withdrawn'; report: WithdrawReport | null };

const OUTCOME_KEYS: Record<SharingOutcome['status'], string> = {
  off: 'sharingWithdrawn',
  connected: 'sharingConnected',
  unreachable: 'sharingUnreachable',
  refused: 'sharingRefused',
  declined: 'sharingDeclined',
};

export function CommunitySharing({ sharing, controls }: CommunitySharingProps) {
  const { t } = useT();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const [url, setUrl] = useState(sharing.serverUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The stored address wins when it changes elsewhere (another options tab).
  useEffect(() => setUrl(sharing.serverUrl), [sharing.serverUrl]);

  const busy = status.kind === 'busy';

  const turnOn = (): void => {
    const parsed = parseServerUrl(url);
    if (!parsed.ok) {
      setProblem(t(SERVER_URL_PROBLEM_KEYS[parsed.problem]));
      return;
    }
    setProblem(null);
    // No await before this call: it must run inside the click.
    const outcome = controls.enable(parsed.url);
    setStatus({ kind: 'busy', key: 'sharingChecking' });
    outcome.then(
      (o) => setStatus({ kind: 'outcome', outcome: o }),
      () => setStatus({ kind: 'outcome', outcome: { status: 'unreachable', pending: 0 } }),
    );
  };

  const turnOff = (): void => {
    setStatus({ kind: 'busy', key: 'sharingWithdrawing' });
    controls.disable().then(
      (report) => setStatus({ kind: 'withdrawn', report }),
      () => setStatus({ kind: 'withdrawn', report: null }),
    );
  };

  const check = (): void => {
    setStatus({ kind: 'busy', key: 'sharingChecking' });
    controls.check().then(
      (o) => setStatus({ kind: 'outcome', outcome: o }),
      () => setStatus({ kind: 'outcome', outcome: { status: 'unreachable', pending: 0 } }),
    );
  };

  let statusText = '';
  if (status.kind === 'busy') statusText = t(status.key);
  else if (status.kind === 'outcome') {
    const o = status.outcome;
    statusText = t(OUTCOME_KEYS[o.status]);
    if ((o.status === 'connected' || o.status === 'unreachable') && o.pending > 0) statusText += ` ${t('sharingPending', o.pending)}`;
  } else if (status.kind === 'withdrawn') {
    const { report } = status;
    // No report: the background could not say (it keeps withdrawing on its own, from the stored switch).
    if (!report) statusText = t('sharingWithdrawUnknown');
    else statusText = report.pending > 0 ? t('sharingWithdrawPending', report.pending) : t('sharingWithdrawn', report.withdrawn);
  }

  return (
    <>
      <p>{t('sharingIntro')}</p>
      <ul class="cp-options__sharing-facts">
        <li>{t('sharingWhat')}</li>
        <li>{t('sharingSecret')}</li>
        <li>{t('sharingCaveat')}</li>
        <li>{t('sharingOffWithdraws')}</li>
      </ul>
      <label for={inputId} class="cp-options__line">
        {t('sharingServerLabel')}
      </label>
      <input
        id={inputId}
        type="url"
        class="cp-options__url"
        value={url}
        placeholder="https://"
        spellcheck={false}
        autocomplete="url"
        // The address is fixed while sharing is on: answers live on that server until withdrawn.
        readOnly={sharing.enabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
        onInput={(e) => {
          setUrl((e.currentTarget as HTMLInputElement).value);
          setProblem(null);
        }}
      />
      {problem && (
        <p id={problemId} class="cp-alert">
          {problem}
        </p>
      )}
      <p id={hintId} class="cp-muted">
        {t(sharing.enabled ? 'sharingServerLocked' : 'sharingServerHint')}
      </p>
      <div class="cp-options__sharing-actions">
        <Switch checked={sharing.enabled} label={t('sharingSwitch')} disabled={busy} onChange={(on) => (on ? turnOn() : turnOff())} />
        {sharing.enabled && (
          <button type="button" class="cp-button cp-button--quiet" disabled={busy} onClick={check}>
            {t('sharingCheck')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="cp-options__sharing-status">
        {statusText}
      </p>
    </>
  );
}
