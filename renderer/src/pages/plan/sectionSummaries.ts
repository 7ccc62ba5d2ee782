import type { PlanDraft, SectionId } from './planForm';
import { englishPlanT, type PlanT } from './planText';

/**
 * A one-line reading of each section for its closed accordion header, so a client can follow
 * the plan's shape without opening every section. Figures in the interface's locale.
 */
export function sectionSummary(draft: PlanDraft, section: SectionId, t: PlanT = englishPlanT, locale = 'en-US'): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const n = (x: number | ''): string => (x === '' ? '?' : number.format(x));
  const pct = (x: number | ''): string => (x === '' ? '?' : percent.format(x));
  const on = (enabled: boolean, name: string): string[] => (enabled ? [name] : []);
  const none = t('summary.none');
  const c = draft.currency || '?';
  switch (section) {
    case 'general':
      return t('summary.general', { currency: c, weeks: n(draft.horizonWeeks), margin: pct(draft.grossMarginRate) });
    case 'enrolment': {
      const eligible = draft.enrolment.eligibleSegments.includes('*') ? t('summary.allEligible') : t('summary.segmentsEligible', { count: draft.enrolment.eligibleSegments.length });
      return `${t('summary.enrolmentRates', { count: draft.enrolment.rateBySegment.length })} · ${eligible}`;
    }
    case 'earning':
      return t('summary.earning', { points: n(draft.earning.pointsPerCurrencyUnit), currency: c, value: n(draft.earning.pointValueCurrency) });
    case 'rewards':
      return draft.rewards.mode === 'threshold' ? t('summary.catalogue', { count: draft.rewards.catalogue.length }) : t('summary.linear');
    case 'bonuses': {
      const b = draft.bonuses;
      const parts = [...(b.welcomePoints ? [t('summary.welcome')] : []), ...on(b.spendThreshold.enabled, t('summary.spendThreshold')), ...on(b.categoryBonus.enabled, t('summary.category')), ...(b.birthdayPoints ? [t('summary.birthday')] : [])];
      return parts.length ? parts.join(', ') : none;
    }
    case 'promotions':
      return draft.promotions.length ? draft.promotions.map((p) => `${n(p.pointsMultiplier)}× ${p.name}`).join(' · ') : none;
    case 'frequency': {
      const f = draft.frequency;
      const parts = [...on(f.punchCard.enabled, t('summary.punchCard')), ...on(f.visitBonus.enabled, t('summary.visitBonus')), ...on(f.streak.enabled, t('summary.streak'))];
      return parts.length ? parts.join(', ') : none;
    }
    case 'tiers':
      return draft.tiers.enabled ? draft.tiers.levels.map((l) => l.name).join(' · ') : t('summary.off');
    case 'expiry':
      return {
        none: t('summary.noExpiry'),
        rolling: t('summary.rolling', { months: n(draft.expiry.months) }),
        inactivity: t('summary.inactivity', { months: n(draft.expiry.months) }),
        calendarYearEnd: t('summary.calendarYearEnd'),
      }[draft.expiry.rule];
    case 'privileges':
      return draft.privileges.length ? draft.privileges.map((p) => p.name).join(' · ') : none;
    case 'partners':
      return draft.partners.length ? draft.partners.map((p) => `${p.name} (${t(`summary.partnerKinds.${p.kind}`)})`).join(' · ') : none;
    case 'communication':
      return draft.communication.contacts.length ? t('summary.contactRows', { count: draft.communication.contacts.length }) : t('summary.noContacts');
    case 'behaviour':
      return t('summary.behaviour');
  }
}
