// The server validates ids on its own (it may be deployed apart from the extension), so its lists must
// accept every poll and option the extension can produce.
import { describe, expect, it } from 'vitest';
import { articlePollId, themePollId } from '../../core/build-polls';
import { SCALES, THEME_POLLS } from '../../data/polls';
import { THEMES } from '../../data/themes';
import { MAX_OPTIONS_PER_POLL } from '../../server/app';
import { THEME_IDS } from '../../core/types';
import { answerBodySchema, pollIdSchema } from '../../server/schemas';

describe('the server’s poll model matches the extension’s', () => {
  it('knows exactly the extension’s themes', () => {
    expect([...THEME_IDS].sort()).toEqual(THEMES.map((theme) => theme.id).sort());
    for (const theme of THEMES) expect(pollIdSchema.safeParse(themePollId(theme.id)).success).toBe(true);
  });

  it('accepts article poll ids as the extension builds them', () => {
    const id = articlePollId('https://www.lesechos.fr/tech-medias/intelligence-artificielle/mistral', 'L’Europe peut-elle encore rattraper son retard ?');
    expect(pollIdSchema.safeParse(id).success).toBe(true);
  });

  it('accepts every option id the extension can send, and no poll has more than the cap', () => {
    const polls = [...Object.values(THEME_POLLS).map((poll) => poll.options), ...Object.values(SCALES)];
    for (const options of polls) {
      expect(options.length).toBeLessThanOrEqual(MAX_OPTIONS_PER_POLL);
      for (const option of options) {
        const body = { option: option.id, lang: 'fr', pow: { day: '2026-11-26', nonce: '0' } };
        expect(answerBodySchema.safeParse(body).success, option.id).toBe(true);
      }
    }
  });
});
