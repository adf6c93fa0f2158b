import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Debate } from '../../../components/Debate';
import { setUiLanguage } from '../../../components/i18n';
import type { ThemeId } from '../../../core/types';
import { debates } from '../../../data/arguments';
import { THEME_POLLS } from '../../../data/polls';

const THEMES = Object.keys(debates()) as ThemeId[];

describe('Debate', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('lists arguments on each side, each linking to its source in a new tab', () => {
    render(<Debate themeId="compute-energy" />);
    expect(screen.getByRole('heading', { name: 'Arguments: Computing power and energy' })).toBeTruthy();
    expect(screen.getByText('Claim: The energy AI uses is a price worth paying.')).toBeTruthy();
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.getAttribute('aria-labelledby') !== null)).toEqual([true, true]);
    const [pro, con] = lists as [HTMLElement, HTMLElement];
    expect(within(pro).getAllByRole('listitem')).toHaveLength(debates()['compute-energy'].for.length);
    expect(within(con).getByText(/945 TWh/)).toBeTruthy();
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('speaks the reader’s language', () => {
    setUiLanguage('es');
    render(<Debate themeId="jobs" />);
    expect(screen.getByText('A favor')).toBeTruthy();
    expect(screen.getByText(/casi el 40 % de los empleos/)).toBeTruthy();
  });

  it('covers all nine themes with 2 to 4 sourced arguments a side, in five languages', () => {
    expect(THEMES.sort()).toEqual(Object.keys(THEME_POLLS).sort());
    for (const theme of THEMES) {
      for (const side of [debates()[theme].for, debates()[theme].against]) {
        expect(side.length, theme).toBeGreaterThanOrEqual(2);
        expect(side.length, theme).toBeLessThanOrEqual(4);
        for (const argument of side) {
          expect(Object.values(argument.text).every((s) => s.length > 20 && s.length < 260), argument.id).toBe(true);
          const url = new URL(argument.source.url);
          expect(url.protocol, argument.id).toBe('https:');
          expect(url.pathname.length, argument.id).toBeGreaterThan(1);
        }
      }
    }
  });

  it('offers balanced theme polls: 4 or 5 options, unique ids, every language filled', () => {
    const ids = new Set<string>();
    for (const poll of Object.values(THEME_POLLS)) {
      expect(poll.options.length).toBeGreaterThanOrEqual(4);
      expect(poll.options.length).toBeLessThanOrEqual(5);
      for (const option of poll.options) {
        if (option.id !== 'not-sure') {
          expect(ids.has(option.id), option.id).toBe(false);
          ids.add(option.id);
        }
        expect(Object.values(option.label).every((s) => s.trim().length > 0)).toBe(true);
      }
    }
  });
});
