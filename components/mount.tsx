// The mount API: the only entry points the extension's wiring uses to show Contrepoint's UI.
// Each function renders into a container the caller owns (for the panel and the polls, an element inside
// a closed shadow root) and returns a function that unmounts it. Calling a mount function again on the
// same container re-renders it with the new props.
//
// mountPanel(container, props: PanelMountProps)
//   analysis        Analysis | null   the analysis of the page (null: the page could not be read)
//   found           boolean           true for an AI-funding article; false when the reader asked anyway
//   canonicalUrl    string            the article's canonical URL (poll ids and quiz seed derive from it)
//   title           string            the article's title (stored with answers)
//   text?           string            the analysed text, for exact poll quotes
//   polls?          PollDef[]         the polls shown inline, if already built (else built here, same ids)
//   investorPool?   string[]          investor names for the quiz's wrong answers (e.g. the gazetteer's)
//   onShowFigure    (figure: Figure) => void      scroll to and highlight a figure's text
//   onShowQuestion  (question: Question) => void  scroll to a question (and its poll)
//   onShowSource    (span: Span) => void          scroll to and highlight any span (quiz answers, names)
//   onHighlightsChange? (on: boolean) => void     the reader flipped the highlights switch
//   onClose         () => void        the close button or Escape: the caller removes the panel
//
// mountInlinePoll(container, props: InlinePollMountProps)
//   poll            PollDef           one of buildPolls(analysis, canonicalUrl, text); place it after
//                                     the block that holds poll.span
//   canonicalUrl    string
//   title           string
//
// mountPopup(container, props: PopupAppProps)
//   status          { state: 'found'|'not-found'|'not-analysed'|'unsupported', summary: PopupSummary|null }
//   onAnalyse       () => void        analyse the current tab now
//   site            { host, granted, onToggle(granted) } | null   per-site permission switch
//   onOpenOptions?  () => void
//   busy?           boolean           an analysis requested from the popup is running
//
// mountOptions(container, props: OptionsMountProps)
//   builtInSites    string[]          host names of the built-in news sites
//   onSiteChange?   (host, enabled) => void   after a site switch changed (request/drop permissions)
//   download?       (filename, content, mimeType) => void   defaults to a Blob URL download
//   sharing?        SharingControls   turn community sharing on/off and check the server (the section
//                                     is shown only with them)
//
// Community results (issue 5): once the reader has answered a poll and sharing is on, the poll and the
// panel ask the background for its results through the context's community store (a runtime message);
// nothing is asked while sharing is off.
//
// Stores (answers, settings, quiz scores, community results) are shared per JavaScript context; call `disposeStores()` from
// 'state/stores' when the context is invalidated. The UI language follows the browser's, or the options'
// override once the settings are read.
import { type ComponentChild, render } from 'preact';
import type { PollDef } from '../core/build-polls';
import type { Analysis, Figure, Question, Span } from '../core/types';
import { useStore } from '../state/use-store';
import { getAnswersStore, getCommunityStore, getQuizStore, getSettingsStore } from '../state/stores';
import type { SharingControls } from './CommunitySharing';
import type { DownloadFile } from './download-file';
import { useLanguagePref } from './i18n';
import { InlinePollContainer } from './InlinePollContainer';
import { OptionsApp } from './OptionsApp';
import { PanelContainer } from './PanelContainer';
import { PopupApp, type PopupAppProps } from './PopupApp';

export interface PanelMountProps {
  analysis: Analysis | null;
  found: boolean;
  canonicalUrl: string;
  title: string;
  text?: string;
  polls?: PollDef[];
  investorPool?: readonly string[];
  onShowFigure(figure: Figure): void;
  onShowQuestion(question: Question): void;
  onShowSource(span: Span): void;
  onHighlightsChange?(on: boolean): void;
  onClose(): void;
}

export interface InlinePollMountProps {
  poll: PollDef;
  canonicalUrl: string;
  title: string;
}

export type PopupMountProps = PopupAppProps;

export interface OptionsMountProps {
  builtInSites: readonly string[];
  onSiteChange?(host: string, enabled: boolean): void;
  download?: DownloadFile;
  sharing?: SharingControls;
}

function mount(container: HTMLElement, node: ComponentChild): () => void {
  render(node, container);
  return () => render(null, container);
}

export function mountPanel(container: HTMLElement, props: PanelMountProps): () => void {
  const stores = { answers: getAnswersStore(), settings: getSettingsStore(), quiz: getQuizStore(), community: getCommunityStore() };
  return mount(container, <PanelContainer {...props} stores={stores} />);
}

export function mountInlinePoll(container: HTMLElement, props: InlinePollMountProps): () => void {
  const stores = { answers: getAnswersStore(), settings: getSettingsStore(), community: getCommunityStore() };
  return mount(container, <InlinePollContainer {...props} stores={stores} />);
}

function PopupWithLanguage(props: PopupAppProps) {
  const settings = getSettingsStore();
  useLanguagePref(useStore(settings.store, (s) => s.settings.uiLanguage));
  return <PopupApp {...props} />;
}

export function mountPopup(container: HTMLElement, props: PopupMountProps): () => void {
  return mount(container, <PopupWithLanguage {...props} />);
}

export function mountOptions(container: HTMLElement, props: OptionsMountProps): () => void {
  const stores = { answers: getAnswersStore(), settings: getSettingsStore(), quiz: getQuizStore() };
  return mount(container, <OptionsApp {...props} stores={stores} />);
}
