import type { PlanDraft, SectionId } from './planForm';

/**
 * A one-line reading of each section for its closed accordion header, so a client can follow
 * the plan's shape without opening every section.
 */
const n = (x: number | ''): string => (x === '' ? '?' : String(Number(x.toFixed(4))));
const pct = (x: number | ''): string => (x === '' ? '?' : `${Number((x * 100).toFixed(2))}%`);
const count = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
const on = (enabled: boolean, name: string): string[] => (enabled ? [name] : []);

export function sectionSummary(draft: PlanDraft, section: SectionId): string {
  const c = draft.currency || '?';
  switch (section) {
    case 'general':
      return `${c} · ${n(draft.horizonWeeks)} weeks · margin ${pct(draft.grossMarginRate)}`;
    case 'enrolment':
      return `${count(draft.enrolment.rateBySegment.length, 'rate', 'rates')} by segment · ${draft.enrolment.eligibleSegments.includes('*') ? 'all segments eligible' : count(draft.enrolment.eligibleSegments.length, 'segment', 'segments') + ' eligible'}`;
    case 'earning':
      return `${n(draft.earning.pointsPerCurrencyUnit)} pt per ${c} · a point is worth ${n(draft.earning.pointValueCurrency)} ${c}`;
    case 'rewards':
      return draft.rewards.mode === 'threshold' ? `${count(draft.rewards.catalogue.length, 'reward', 'rewards')} in the catalogue` : 'Linear: points spent freely';
    case 'bonuses': {
      const b = draft.bonuses;
      const parts = [...(b.welcomePoints ? ['welcome'] : []), ...on(b.spendThreshold.enabled, 'spend threshold'), ...on(b.categoryBonus.enabled, 'category'), ...(b.birthdayPoints ? ['birthday'] : [])];
      return parts.length ? parts.join(', ') : 'None';
    }
    case 'promotions':
      return draft.promotions.length ? draft.promotions.map((p) => `${n(p.pointsMultiplier)}× ${p.name}`).join(' · ') : 'None';
    case 'frequency': {
      const f = draft.frequency;
      const parts = [...on(f.punchCard.enabled, 'punch card'), ...on(f.visitBonus.enabled, 'visit bonus'), ...on(f.streak.enabled, 'streak')];
      return parts.length ? parts.join(', ') : 'None';
    }
    case 'tiers':
      return draft.tiers.enabled ? draft.tiers.levels.map((l) => l.name).join(' · ') : 'Off';
    case 'expiry':
      return { none: 'No expiry', rolling: `Rolling, ${n(draft.expiry.months)} months`, inactivity: `After ${n(draft.expiry.months)} months inactive`, calendarYearEnd: 'Calendar year end' }[draft.expiry.rule];
    case 'privileges':
      return draft.privileges.length ? draft.privileges.map((p) => p.name).join(' · ') : 'None';
    case 'partners':
      return draft.partners.length ? draft.partners.map((p) => `${p.name} (${p.kind})`).join(' · ') : 'None';
    case 'communication':
      return draft.communication.contacts.length ? count(draft.communication.contacts.length, 'contact row', 'contact rows') : 'No contacts';
    case 'behaviour':
      return 'Membership, goal gradient, post-redemption and dropout effects';
  }
}
