import { Divider, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { Assumption } from '../../../../../shared/plan/assumption';
import type { AssumptionUnit } from '../assumptionText';
import { AssumptionInput } from '../AssumptionInput';
import { errorUnder, type Draft, type PlanDraft } from '../planForm';
import { defaultAt, setPart, type SectionProps } from './sectionProps';

type BehaviourKey = keyof PlanDraft['behaviour'];

const EFFECTS: readonly { key: BehaviourKey; label: string; description: string; unit: AssumptionUnit }[] = [
  { key: 'membershipFrequencyUplift', label: 'Membership uplift', description: 'Purchase rate uplift of joining, at its peak', unit: 'percent' },
  { key: 'membershipUpliftHalfLifeWeeks', label: 'Uplift half-life', description: 'Weeks after joining over which the uplift halves', unit: 'weeks' },
  { key: 'heavyBuyerDampening', label: 'Heavy-buyer dampening', description: 'Heavier buyers change less: power on (segment rate / own rate)', unit: 'number' },
  { key: 'memberDropoutReduction', label: 'Member dropout reduction', description: 'Lower weekly dropout hazard of a member', unit: 'percent' },
  { key: 'goalGradientUplift', label: 'Goal-gradient uplift', description: 'Purchase rate uplift as the next reward nears (at the threshold)', unit: 'percent' },
  { key: 'postRedemptionUplift', label: 'Post-redemption uplift', description: 'Purchase rate uplift right after a redemption', unit: 'percent' },
  { key: 'postRedemptionWeeks', label: 'Post-redemption weeks', description: 'How long the post-redemption uplift lasts', unit: 'weeks' },
  { key: 'spendPerVisitUplift', label: 'Spend per visit', description: 'Change in a member’s spend per visit', unit: 'percent' },
];

/** The behavioural effects of the programme: every one a distribution with its published source. */
export function BehaviourSection(props: SectionProps) {
  const { draft, errors } = props;
  const behaviour = draft.behaviour;
  const set = (key: BehaviourKey, value: Draft<Assumption>) => setPart(props, 'behaviour', { ...behaviour, [key]: value });
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        The outer Monte Carlo loop draws each effect from its distribution; the info icon gives the source of its default.
      </Text>
      {EFFECTS.map((effect, i) => (
        <Fragment key={effect.key}>
          {i > 0 && <Divider variant="dashed" />}
          <AssumptionInput
            label={effect.label}
            description={effect.description}
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
