import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { staleNotice } from './staleWords';

describe('the notice over a kept result', () => {
  const en = i18next.getFixedT('en', 'results');
  const es = i18next.getFixedT('es', 'results');

  it('is absent while the result is current', () => {
    expect(staleNotice({ status: 'up-to-date', staleBecause: [] }, en, 'en')).toBeNull();
  });

  it('names what changed, in either language', () => {
    const stale = { status: 'stale', staleBecause: ['segmentation', 'plan'] } as const;
    expect(staleNotice(stale, en, 'en')?.title).toBe('No longer current: customers segmented again and plan edited');
    expect(staleNotice(stale, es, 'es')?.title).toBe('Ya no está al día: clientes segmentados de nuevo y plan modificado');
  });

  it('says a result that recorded nothing cannot be vouched for, rather than naming a change', () => {
    expect(staleNotice({ status: 'stale', staleBecause: ['unrecorded'] }, en, 'en')?.title).toBe('No longer current: not known to be up to date');
  });
});
