import { Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { plan as planTexts } from '../../../i18n/locales/en/plan';
import type { Assumption } from '../../../../../shared/plan/assumption';
import type { AssumptionUnit } from '../assumptionText';
import { AssumptionInput } from '../AssumptionInput';
import { errorUnder, type Draft, type PlanDraft } from '../planForm';
import { defaultAt, setPart, type SectionProps } from './sectionProps';

type BehaviourKey = keyof PlanDraft['behaviour'];

// Their names and meanings are the 'plan' texts' behaviour.effects.<key>.
const EFFECTS: readonly { key: BehaviourKey & keyof typeof planTexts.behaviour.effects; unit: AssumptionUnit }[] = [
  { key: 'membershipFrequencyUplift', unit: 'percent' },
  { key: 'membershipUpliftHalfLifeWeeks', unit: 'weeks' },
  { key: 'heavyBuyerDampening', unit: 'number' },
  { key: 'memberDropoutReduction', unit: 'percent' },
  { key: 'goalGradientUplift', unit: 'percent' },
  { key: 'postRedemptionUplift', unit: 'percent' },
  { key: 'postRedemptionWeeks', unit: 'weeks' },
  { key: 'spendPerVisitUplift', unit: 'percent' },
];

/** The behavioural effects of the programme: every one a distribution with its published source. */
export function BehaviourSection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const behaviour = draft.behaviour;
  const set = (key: BehaviourKey, value: Draft<Assumption>) => setPart(props, 'behaviour', { ...behaviour, [key]: value });
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('behaviour.about')}
      </Text>
      {EFFECTS.map((effect, i) => (
        <Fragment key={effect.key}>
          {i > 0 && <Divider variant="dashed" />}
          <AssumptionInput
            label={t(`behaviour.effects.${effect.key}.label`)}
            description={t(`behaviour.effects.${effect.key}.description`)}
            unit={effect.unit}
            value={behaviour[effect.key]}
            onChange={(value) => set(effect.key, value)}
            defaultValue={defaultAt(`behaviour.${effect.key}`)}
            error={errorUnder(errors, `behaviour.${effect.key}`)}
            testId={`behaviour-${effect.key}`}
          />
        </Fragment>
      ))}
    </Stack>
  );
}
