import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../core/types';

describe('core types', () => {
  it('lists the five article languages', () => {
    expect([...LANGS].sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
  });
});
