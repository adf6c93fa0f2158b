// How other readers answered a poll, once the reader has answered it and sharing is on: every option
// with its count, its share as text and as a bar, the reader's own answer marked, the per-language split
// for theme polls, the total, and the honest note. Everything is text first; the bars only repeat it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PollOption } from '../data/polls';
import type { CommunityView } from '../state/community-results';
import { formatShare, languageName, languagesInOrder, otherLanguagesCount, type ResultRow, resultRows } from './community-rows';
import { useT } from './i18n';
import './CommunityResults.css';

export interface CommunityResultsProps {
  view: CommunityView;
  options: readonly PollOption[];
  /** The reader's current answer, marked in the list. */
  ownOptionId: string | null;
  /** The block's heading: "Community results" unless given (the panel names the question). */
  title?: string;
  headingLevel: 3 | 4 | 5;
}

function Heading({ level, id, children }: { level: 3 | 4 | 5; id: string; children: string }) {
  const Tag = `h${level}` as 'h3' | 'h4' | 'h5';
  return (
    <Tag id={id} class="cp-community__title">
      {children}
    </Tag>
  );
}

function LanguageShares({ row, uiLang }: { row: ResultRow; uiLang: ResultRow['byLang'][number]['lang'] }) {
  return (
    <span class="cp-community__langs">
      {row.byLang.map((group, i) => (
        <span key={group.lang}>
          {i > 0 ? ' · ' : ''}
          {/* The code is what fits; a screen reader gets the language's name instead. */}
          <span aria-hidden="true">{group.lang.toUpperCase()}</span>
          <span class="cp-visually-hidden">{languageName(group.lang, uiLang)}</span> {formatShare(group.share, uiLang)}
        </span>
      ))}
    </span>
  );
}

export function CommunityResults({ view, options, ownOptionId, title, headingLevel }: CommunityResultsProps) {
  const { t, lang } = useT();
  const headingId = useId();
  if (view.state === 'off') return null;

  let body: ComponentChildren;
  if (view.state === 'loading') {
    body = <p class="cp-muted">{t('communityLoading')}</p>;
  } else if (view.state === 'unreachable') {
    body = (
      <>
        <p>{t('communityUnreachable')}</p>
        {view.pending && <p class="cp-muted">{t('communityPending')}</p>}
      </>
    );
  } else if (view.state === 'refused') {
    body = <p>{t('communityRefused')}</p>;
  } else {
    const { results, counted } = view;
    const rows = resultRows(results, options, ownOptionId, lang);
    const hasLangs = (results.byLang?.length ?? 0) > 0;
    const others = otherLanguagesCount(results);
    const langTotals = [
      ...languagesInOrder(results).map((group) => `${group.lang.toUpperCase()} ${group.total}`),
      ...(others > 0 ? [t('communityOtherLangs', others)] : []),
    ].join(' · ');
    body = (
      <>
        {results.enough ? (
          <>
            <ul class="cp-community__options">
              {rows.map((row) => (
                <li key={row.id} class={row.own ? 'cp-community__option cp-community__option--own' : 'cp-community__option'}>
                  <span class="cp-community__label">
                    {row.label}
                    {row.own && <strong class="cp-community__yours"> ({t('communityYours')})</strong>}
                  </span>
                  {/* Spaces between the parts, so that the row reads as a sentence, not "investment1". */}{' '}
                  <span class="cp-community__count">
                    {row.count} · {formatShare(row.share, lang)}
                  </span>
                  <span class="cp-community__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(row.share * 100)}%` }} />
                  </span>
                  {hasLangs && ' '}
                  {hasLangs && <LanguageShares row={row} uiLang={lang} />}
                </li>
              ))}
            </ul>
            {hasLangs && <p class="cp-muted cp-community__hint">{t('communityByLangHint')}</p>}
            <p class="cp-community__total">
              {t('communityTotal', results.total)}
              {hasLangs ? ` · ${t('communityLangTotals', langTotals)}` : ''}
            </p>
          </>
        ) : (
          <p class="cp-community__total">{t('communityNotEnough', results.total, results.minCount)}</p>
        )}
        {!counted && ownOptionId && <p class="cp-muted">{t('communityNotCounted')}</p>}
        <p class="cp-muted cp-community__note">
          {t(results.note === 'not-representative' ? 'communityNotRepresentative' : 'communityNoteOther')}
        </p>
      </>
    );
  }

  return (
    <section class="cp-community" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {title ?? t('communityTitle')}
      </Heading>
      {body}
    </section>
  );
}
