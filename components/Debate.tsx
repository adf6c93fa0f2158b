// The arguments on each side of a theme's debate, each with the public report it rests on.
import { useId } from 'preact/hooks';
import type { ThemeId } from '../core/types';
import { type DebateArgument, debates } from '../data/arguments';
import { useT } from './i18n';
import { themeLabel } from './labels';
import './Debate.css';

export interface DebateProps {
  themeId: ThemeId;
  /** Heading level inside its container (the panel uses 4 under its own section headings). */
  headingLevel?: 3 | 4;
}

function ArgumentList({ items, label }: { items: DebateArgument[]; label: string }) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <div class="cp-debate__side">
      <p class="cp-debate__side-title" id={id}>
        {label}
      </p>
      <ul aria-labelledby={id}>
        {items.map((argument) => (
          <li key={argument.id}>
            {argument.text[lang] || argument.text.en}{' '}
            <a
              href={argument.source.url}
              target="_blank"
              rel="noopener noreferrer"
              class="cp-debate__source"
              aria-label={t('debateSourceLabel', argument.source.name, argument.source.year)}
            >
              {t('debateSource', argument.source.name, argument.source.year)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Debate({ themeId, headingLevel = 3 }: DebateProps) {
  const { t, lang } = useT();
  const debate = debates()[themeId];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headingId = useId();
  return (
    <section class="cp-debate" aria-labelledby={headingId}>
      <Heading id={headingId} class="cp-debate__title">
        {t('debateHeading', themeLabel(themeId, lang))}
      </Heading>
      <p class="cp-debate__claim">{t('debateClaim', debate.claim[lang] || debate.claim.en)}</p>
      <ArgumentList items={debate.for} label={t('debateFor')} />
      <ArgumentList items={debate.against} label={t('debateAgainst')} />
    </section>
  );
}
