import { describe, expect, it } from 'vitest';
import { analysisStatus } from './analysisResults';

describe('a kept result’s status', () => {
  const now = { customers: 'c1', transactions: 't1', attributes: 'a1', models: 'm1', segmentation: 's1', lifecycle: 'l1', plan: 'p1', settings: 'x1' };

  it('looks only at what the kind of analysis reads', () => {
    // A fit reads purchases: another segmentation or plan does not touch it.
    expect(analysisStatus('fit', { customers: 'c1', transactions: 't1' }, { ...now, segmentation: 's2', plan: 'p2' })).toEqual({ status: 'up-to-date', staleBecause: [] });
    expect(analysisStatus('segmentation', { customers: 'c1', transactions: 't1', attributes: 'a1' }, { ...now, attributes: 'a2' })).toEqual({ status: 'stale', staleBecause: ['attributes'] });
  });

  it('names every kind that changed, in the order runs name them', () => {
    expect(analysisStatus('sensitivity', now, { ...now, settings: 'x2', customers: 'c2', segmentation: 's2' })).toEqual({ status: 'stale', staleBecause: ['customers', 'segmentation', 'settings'] });
  });

  it('cannot vouch for a result that recorded nothing', () => {
    expect(analysisStatus('segmentation', null, now)).toEqual({ status: 'stale', staleBecause: ['unrecorded'] });
  });
});
