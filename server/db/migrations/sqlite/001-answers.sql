-- One row per (poll, pseudonym): the answer, its language and the day, and nothing else about the reader
-- (no address, no agent, no time of day). WITHOUT ROWID stores rows in key order, and pseudonyms are
-- random-looking, so the file does not keep answers in arrival order: a copy of it cannot tell which
-- answers came one after another, which could otherwise link one reader's answers across polls.
CREATE TABLE answers (
  poll_id   TEXT NOT NULL CHECK (length(poll_id) BETWEEN 3 AND 64),
  voter     TEXT NOT NULL CHECK (length(voter) = 43),
  option_id TEXT NOT NULL CHECK (length(option_id) BETWEEN 1 AND 40),
  lang      TEXT NOT NULL CHECK (lang IN ('en', 'fr', 'de', 'es', 'it')),
  day       TEXT NOT NULL CHECK (length(day) = 10),
  PRIMARY KEY (poll_id, voter)
) WITHOUT ROWID;

-- Counting a poll's answers per option and language reads this index only.
CREATE INDEX answers_tally ON answers (poll_id, option_id, lang);
