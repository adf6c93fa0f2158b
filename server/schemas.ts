// The shape of everything a client may send. Strict patterns double as a security boundary: nothing that
// reaches the database or a log can contain anything but these few characters.
import { z } from 'zod';
import { LANGS, THEME_IDS } from '../core/types';

const THEME_POLL = new RegExp(`^theme:(${THEME_IDS.join('|')})$`);
// An article poll: 16 hex digits of a hash of the canonical URL and the question (core/build-polls.ts).
// The server never sees the URL.
const ARTICLE_POLL = /^q:[0-9a-f]{16}$/;
// 32 bytes in unpadded base64url are 43 characters, and the last one carries only 4 bits, so it is one
// of 16 letters: requiring that keeps one canonical spelling per pseudonym.
const VOTER = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
const OPTION = /^[a-z0-9-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NONCE = /^[A-Za-z0-9_-]{1,32}$/;

export type PollKind = 'theme' | 'article';

export const pollIdSchema = z
  .string()
  .max(64)
  .refine((id) => THEME_POLL.test(id) || ARTICLE_POLL.test(id), {
    message: 'expected theme:<theme id> or q:<16 lowercase hex digits>',
  });

export const voterSchema = z.string().regex(VOTER, 'expected a 43-character base64url pseudonym (32 bytes)');

export const answerBodySchema = z.object({
  option: z.string().regex(OPTION, 'expected 1 to 40 characters among a-z, 0-9 and "-"'),
  lang: z.enum(LANGS),
  pow: z.object({
    day: z.string().regex(DAY, 'expected a UTC day YYYY-MM-DD'),
    nonce: z.string().regex(NONCE, 'expected 1 to 32 characters among A-Z, a-z, 0-9, "-" and "_"'),
  }),
});

export type AnswerBody = z.infer<typeof answerBodySchema>;

export function pollKind(pollId: string): PollKind {
  return pollId.startsWith('theme:') ? 'theme' : 'article';
}

/** "pow.nonce: expected …; lang: …" — every problem at once, so a client developer fixes them in one go. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
