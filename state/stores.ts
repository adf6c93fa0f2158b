// One instance of each store per JavaScript context (content script, popup, options page), created on
// first use, so that the panel and every inline poll of a page share the same answers.
import { type AnswersStore, createAnswersStore } from './answers-store';
import { type CommunityStore, createCommunityStore } from './community-store';
import { createQuizStore, type QuizStore } from './quiz-store';
import { createSettingsStore, type SettingsStore } from './settings-store';

let answers: AnswersStore | null = null;
let settings: SettingsStore | null = null;
let quiz: QuizStore | null = null;
let community: CommunityStore | null = null;

export function getAnswersStore(): AnswersStore {
  answers ??= createAnswersStore();
  return answers;
}

export function getSettingsStore(): SettingsStore {
  settings ??= createSettingsStore();
  return settings;
}

export function getQuizStore(): QuizStore {
  quiz ??= createQuizStore();
  return quiz;
}

export function getCommunityStore(): CommunityStore {
  community ??= createCommunityStore();
  return community;
}

/** Stops every store's storage listeners (the content script's context was invalidated). */
export function disposeStores(): void {
  answers?.dispose();
  settings?.dispose();
  quiz?.dispose();
  community?.dispose();
  answers = null;
  settings = null;
  quiz = null;
  community = null;
}
