// The messages the extension's parts exchange. Content scripts, the injected panel script, the popup and
// the background are built as separate bundles, so this file is the only place their protocol is written
// down; the guards below check shapes at the receiving end because a message is just `unknown` there.

// What the popup shows for a tab: the popup component defines the shape, the messages carry it.
import type { PopupSummary, PopupTabState } from '../../components/PopupApp';

export type TabState = PopupTabState;
export type AnalysisSummary = PopupSummary;

export interface TabStatus {
  state: TabState;
  url: string;
  /** `gate`: only the cheap check ran (and said no); `analysis`: the full analysis ran. */
  by: 'gate' | 'analysis';
  summary: AnalysisSummary | null;
  /** Epoch ms, set by the background when it stores the status. */
  at: number;
}

export type ReportedStatus = Omit<TabStatus, 'at'>;

/**
 * Messages the background receives. The tab of `analyse` and `status` is the sender's. The community
 * messages exist because only the background talks to the results server: a poll asks it for results
 * (answered with a CommunityReply), the options page asks it to check the server (a SharingCheck) and to
 * withdraw the reader's answers after sharing was turned off (a WithdrawReport).
 */
export type BackgroundMessage =
  /** From the gate. `panelLoaded`: the panel script already runs in the tab (without it, it does not). */
  | { type: 'contrepoint:analyse'; panelLoaded?: true }
  | { type: 'contrepoint:status'; status: ReportedStatus }
  | { type: 'contrepoint:get-status'; tabId: number }
  | { type: 'contrepoint:analyse-tab'; tabId: number }
  | { type: 'contrepoint:community-results'; pollId: string }
  | { type: 'contrepoint:sharing-check' }
  | { type: 'contrepoint:sharing-withdraw' };

/** Messages the injected panel script receives from the background. */
export type PanelMessage =
  | { type: 'contrepoint:ping' }
  | { type: 'contrepoint:run'; manual: boolean }
  | { type: 'contrepoint:toggle' };

const TAB_STATES: readonly string[] = ['found', 'not-found', 'not-analysed', 'unsupported'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isReportedStatus(x: unknown): x is ReportedStatus {
  return (
    isRecord(x) &&
    typeof x.state === 'string' &&
    TAB_STATES.includes(x.state) &&
    typeof x.url === 'string' &&
    (x.by === 'gate' || x.by === 'analysis') &&
    (x.summary === null || isRecord(x.summary))
  );
}

export function isBackgroundMessage(x: unknown): x is BackgroundMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'contrepoint:analyse':
      return x.panelLoaded === undefined || x.panelLoaded === true;
    case 'contrepoint:status':
      return isReportedStatus(x.status);
    case 'contrepoint:get-status':
    case 'contrepoint:analyse-tab':
      return isTabId(x.tabId);
    case 'contrepoint:community-results':
      // Poll ids are short (`theme:<id>`, `q:<16 hex>`); anything long is not one of ours.
      return typeof x.pollId === 'string' && x.pollId.length > 0 && x.pollId.length <= 64;
    case 'contrepoint:sharing-check':
    case 'contrepoint:sharing-withdraw':
      return true;
    default:
      return false;
  }
}

export function isPanelMessage(x: unknown): x is PanelMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'contrepoint:ping':
    case 'contrepoint:toggle':
      return true;
    case 'contrepoint:run':
      return typeof x.manual === 'boolean';
    default:
      return false;
  }
}
