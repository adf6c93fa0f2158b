-- One row per (poll, pseudonym): the answer, its language and the day, and nothing else about the reader
-- (no address, no agent, no time of day).
CREATE TABLE answers (
  poll_id   text NOT NULL CHECK (char_length(poll_id) BETWEEN 3 AND 64),
  voter     text NOT NULL CHECK (char_length(voter) = 43),
  option_id text NOT NULL CHECK (char_length(option_id) BETWEEN 1 AND 40),
  lang      text NOT NULL CHECK (lang IN ('en', 'fr', 'de', 'es', 'it')),
  day       date NOT NULL,
  PRIMARY KEY (poll_id, voter)
);

-- Counting a poll's answers per option and language can be an index-only scan.
CREATE INDEX answers_tally ON answers (poll_id, option_id, lang);
