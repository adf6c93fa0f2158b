// The options page: sites, display (highlights, panel side, UI language), the reader's answers with
// change/withdraw/delete, sharing them with a community results server (issue 5), quiz scores, and their
// data (export, import, erase).
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../core/types';
import type { AnswerRecord } from '../state/answer-record';
import type { AnswersStore } from '../state/answers-store';
import type { QuizStore } from '../state/quiz-store';
import type { PanelSide, UiLanguagePref } from '../state/settings';
import type { SettingsStore } from '../state/settings-store';
import { useStore } from '../state/use-store';
import { AnswerHistory } from './AnswerHistory';
import { CommunitySharing, type SharingControls } from './CommunitySharing';
import { DataTools } from './DataTools';
import { type DownloadFile, downloadFile } from './download-file';
import { useLanguagePref, useT } from './i18n';
import { formatDate, truncate } from './text-utils';
import './theme.css';
import './OptionsApp.css';

export interface OptionsAppProps {
  stores: { answers: AnswersStore; settings: SettingsStore; quiz: QuizStore };
  /** Host names of the built-in news sites (on unless the reader switches them off). */
  builtInSites: readonly string[];
  /** Called after a site's switch changed, e.g. to request or drop the host permission. */
  onSiteChange?(host: string, enabled: boolean): void;
  download?: DownloadFile;
  /** Sharing answers with a results server; without it the section is not shown. */
  sharing?: SharingControls;
}

const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
};

function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="cp-options__fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function OptionsApp({ stores, builtInSites, onSiteChange, download = downloadFile, sharing }: OptionsAppProps) {
  const { t, lang } = useT();
  const settings = useStore(stores.settings.store, (s) => s.settings);
  const answersById = useStore(stores.answers.store, (s) => s.answers);
  const scores = useStore(stores.quiz.store, (s) => s.scores);
  // Each hook runs on every render (no short-circuit between them), then the first error wins.
  const answersError = useStore(stores.answers.store, (s) => s.error);
  const settingsError = useStore(stores.settings.store, (s) => s.error);
  const quizError = useStore(stores.quiz.store, (s) => s.error);
  const error = answersError ?? settingsError ?? quizError;
  useLanguagePref(settings.uiLanguage);
  const [announcement, setAnnouncement] = useState('');
  const languageId = useId();

  const answers: AnswerRecord[] = Object.values(answersById);
  const hosts = [...new Set([...builtInSites, ...Object.keys(settings.sites)])].sort();
  const settingsState = stores.settings.store.getState();
  const answersState = stores.answers.store.getState();

  return (
    <main class="cp-root cp-options" lang={lang}>
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p role="alert" class="cp-alert">
          {t(error.messageKey)}
        </p>
      )}

      <section aria-labelledby="cp-options-sites">
        <h2 id="cp-options-sites">{t('optionsSites')}</h2>
        <p class="cp-muted">{t('optionsSitesHint')}</p>
        {hosts.length === 0 ? (
          <p class="cp-muted">{t('optionsSitesNone')}</p>
        ) : (
          <ul class="cp-options__sites">
            {hosts.map((host) => {
              const enabled = settings.sites[host] ?? builtInSites.includes(host);
              return (
                <li key={host}>
                  <label>
                    <input
                      type="checkbox"
                      checked={enabled}
                      onChange={async (e) => {
                        const on = (e.currentTarget as HTMLInputElement).checked;
                        if (await settingsState.setSite(host, on)) onSiteChange?.(host, on);
                      }}
                    />{' '}
                    {host}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="cp-options-display">
        <h2 id="cp-options-display">{t('optionsDisplay')}</h2>
        <label class="cp-options__line">
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => void settingsState.update({ highlights: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('highlightsSwitch')}
        </label>
        <Fieldset legend={t('optionsPanelSide')}>
          {(['left', 'right'] as PanelSide[]).map((side) => (
            <label key={side} class="cp-options__line">
              <input
                type="radio"
                name="cp-panel-side"
                value={side}
                checked={settings.panelSide === side}
                onChange={() => void settingsState.update({ panelSide: side })}
              />{' '}
              {t(side === 'left' ? 'optionsSideLeft' : 'optionsSideRight')}
            </label>
          ))}
        </Fieldset>
        <label for={languageId} class="cp-options__line">
          {t('optionsLanguage')}
        </label>
        <select
          id={languageId}
          value={settings.uiLanguage}
          onChange={(e) =>
            void settingsState.update({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as UiLanguagePref })
          }
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="cp-options-answers">
        <h2 id="cp-options-answers">{t('optionsAnswers')}</h2>
        <p class="cp-muted">{t('pollPrivate')}</p>
        <AnswerHistory
          answers={answers}
          onChange={(pollId, optionId) => answersState.change(pollId, optionId)}
          onWithdraw={(record) => answersState.withdraw(record.pollId, { url: record.url, title: record.title })}
          onForget={(pollId) => answersState.forget(pollId)}
          onAnnounce={setAnnouncement}
        />
      </section>

      {sharing && (
        <section aria-labelledby="cp-options-sharing">
          <h2 id="cp-options-sharing">{t('sharingTitle')}</h2>
          <CommunitySharing sharing={settings.sharing} controls={sharing} />
        </section>
      )}

      <section aria-labelledby="cp-options-quiz">
        <h2 id="cp-options-quiz">{t('optionsQuizScores')}</h2>
        {Object.keys(scores).length === 0 ? (
          <p class="cp-muted">{t('optionsQuizNone')}</p>
        ) : (
          <ul>
            {Object.entries(scores).map(([id, score]) => (
              <li key={id}>
                {t('optionsQuizEntry', truncate(score.title || score.url, 80), score.correct, score.total, formatDate(score.at, lang))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cp-options-data">
        <h2 id="cp-options-data">{t('optionsData')}</h2>
        <DataTools
          answers={answers}
          download={download}
          onImport={(records) => answersState.importAnswers(records)}
          onEraseAll={async () => {
            const erased = await answersState.eraseAll();
            return erased && (await stores.quiz.store.getState().eraseAll());
          }}
          onAnnounce={setAnnouncement}
        />
      </section>

      <p role="status" aria-live="polite" class="cp-visually-hidden">
        {announcement}
      </p>
      <p class="cp-muted">{t('panelFooter')}</p>
    </main>
  );
}
