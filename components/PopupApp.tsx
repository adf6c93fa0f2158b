// The toolbar popup: what Contrepoint found on this tab, a button to analyse the page now, and the
// per-site switch for sites outside the built-in list.
import { formatMoney } from '../core/format-figure';
import type { DealKind, Lang, Money } from '../core/types';
import { useT } from './i18n';
import { dealKey } from './labels';
import { Switch } from './Switch';
import { truncate } from './text-utils';
import './theme.css';
import './PopupApp.css';

export type PopupTabState = 'found' | 'not-found' | 'not-analysed' | 'unsupported';

/** The few facts the popup shows about an analysed article (never the article's text). */
export interface PopupSummary {
  title: string;
  lang: Lang;
  kind: DealKind | null;
  company: string | null;
  amount: Money | null;
  valuation: Money | null;
  score: number;
  figures: number;
  questions: number;
}

export interface PopupSite {
  host: string;
  granted: boolean;
  onToggle(granted: boolean): void;
}

export interface PopupAppProps {
  status: { state: PopupTabState; summary: PopupSummary | null };
  onAnalyse(): void;
  /** Null on pages where no site permission applies (browser pages, the built-in list). */
  site: PopupSite | null;
  onOpenOptions?(): void;
  /** True while an analysis requested from the popup is running. */
  busy?: boolean;
}

const STATE_KEYS: Record<PopupTabState, string> = {
  found: 'popupFound',
  'not-found': 'popupNotFound',
  'not-analysed': 'popupNotAnalysed',
  unsupported: 'popupUnsupported',
};

export function PopupApp({ status, onAnalyse, site, onOpenOptions, busy }: PopupAppProps) {
  const { t, lang } = useT();
  const summary = status.summary;
  return (
    <main class="cp-root cp-popup" lang={lang}>
      <h1 class="cp-popup__title">{t('extName')}</h1>
      <p role="status" class="cp-popup__state">
        {busy ? t('popupAnalysing') : t(STATE_KEYS[status.state])}
      </p>
      {summary && status.state === 'found' && (
        <dl class="cp-popup__summary">
          <dt>{t('popupArticle')}</dt>
          <dd lang={summary.lang}>{truncate(summary.title, 120)}</dd>
          {summary.company && (
            <>
              <dt>{t('factCompany')}</dt>
              <dd>{summary.company}</dd>
            </>
          )}
          {summary.kind && (
            <>
              <dt>{t('factDeal')}</dt>
              <dd>{t(dealKey(summary.kind))}</dd>
            </>
          )}
          {summary.amount && (
            <>
              <dt>{t('figureAmount')}</dt>
              <dd>{formatMoney(summary.amount.value, summary.amount.currency, lang)}</dd>
            </>
          )}
          <dt>{t('popupCounts')}</dt>
          <dd>{t('popupCountsValue', summary.figures, summary.questions)}</dd>
        </dl>
      )}
      <button type="button" class="cp-button" disabled={status.state === 'unsupported' || busy} onClick={onAnalyse}>
        {t('popupAnalyse')}
      </button>
      {site && (
        <div class="cp-popup__site">
          <Switch checked={site.granted} label={t('popupSiteSwitch', site.host)} onChange={site.onToggle} />
        </div>
      )}
      {onOpenOptions && (
        <p>
          <button type="button" class="cp-link-button" onClick={onOpenOptions}>
            {t('popupOptions')}
          </button>
        </p>
      )}
      <p class="cp-muted cp-popup__footer">{t('panelFooter')}</p>
    </main>
  );
}
