import { Divider, Group, NumberInput, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DerivedFigures } from '../../../../shared/plan/derivedFigures';
import type { Formatters } from '../../format/formatters';
import { asNumber } from './planForm';

interface DerivedPanelProps {
  figures: DerivedFigures | null;
  /** True while the draft has problems: the figures are those of the last valid state. */
  stale: boolean;
  format: Formatters;
  redemptionPercent: number | '';
  onRedemptionPercent: (value: number | '') => void;
  salesKnown: boolean;
}

function Figure({ label, value, detail, testId, tone }: { label: string; value: string; detail?: ReactNode; testId: string; tone?: 'warn' | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text size="xl" fw={650} c={tone === 'warn' ? 'orange' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}

const pct2 = (x: number): string => `${(x * 100).toFixed(2)}%`;
const pct1 = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * The back-of-the-envelope economics of the draft, updated on every change: what a point costs,
 * what is given back, what the rewards will cost as a share of sales, and the sales lift needed.
 */
export function DerivedPanel({ figures: f, stale, format, redemptionPercent, onRedemptionPercent, salesKnown }: DerivedPanelProps) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-derived" style={{ opacity: stale ? 0.6 : 1 }}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Text fw={600} size="sm">
          Derived figures
        </Text>
        <Text size="xs" c="dimmed">
          at the central values
        </Text>
      </Group>
      {!f ? (
        <Text size="sm" c="dimmed">
          Shown once the plan is valid.
        </Text>
      ) : (
        <Stack gap="sm">
          <Figure label="Nominal give-back" value={pct2(f.nominalGiveBack)} detail={`At cost ${pct2(f.giveBackAtCost)} · a point costs ${format.estimate(f.costPerPointCurrency)} ${format.currencyCode}`} testId="derived-give-back" />
          <Figure
            label="Expected free-reward rate"
            value={pct2(f.freeRewardRate)}
            detail={
              <Tooltip
                multiline
                w={300}
                withArrow
                label="Reward cost as a share of total sales: give-back at cost × members’ share of sales × share of points redeemed. Base earn only; bonuses, promotions and tiers come on top in the simulation."
              >
                <span>
                  = {pct2(f.giveBackAtCost)} × {pct1(f.memberShareOfSales)} of sales by members × {pct1(f.redemptionShare)} redeemed
                </span>
              </Tooltip>
            }
            testId="derived-free-reward-rate"
          />
          <Figure
            label="Break-even sales lift"
            value={f.breakEvenSalesLift === null ? 'None possible' : pct1(f.breakEvenSalesLift)}
            tone={f.breakEvenSalesLift === null || f.breakEvenSalesLift > 0.1 ? 'warn' : undefined}
            detail={
              f.breakEvenSalesLift === null
                ? 'The rewards cost the whole gross margin.'
                : salesKnown && f.opexShareOfSales !== null
                  ? `(rewards + running costs ${pct2(f.opexShareOfSales)} of sales) ÷ (margin − rewards)`
                  : 'Rewards only: the workspace’s sales are not known.'
            }
            testId="derived-break-even"
          />
          <Divider />
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              Expected members
            </Text>
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {pct1(f.enrolmentRate)} of customers
            </Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              Running costs
            </Text>
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {format.currency(f.opexPerYearCurrency)} a year
            </Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Tooltip label="A what-if for these figures only; the simulation derives redemptions from the plan. Woolf: about 90% of certificates are used." multiline w={260} withArrow>
              <Text size="xs" c="dimmed" style={{ textDecoration: 'underline dotted' }}>
                Points redeemed (what-if)
              </Text>
            </Tooltip>
            <NumberInput
              size="xs"
              w={84}
              aria-label="Points redeemed (what-if)"
              suffix="%"
              min={0}
              max={100}
              decimalScale={1}
              hideControls
              value={redemptionPercent}
              onChange={(v) => onRedemptionPercent(asNumber(v))}
              data-testid="derived-redemption-share"
            />
          </Group>
        </Stack>
      )}
      {stale && f && (
        <Text size="xs" c="orange" mt="sm">
          From the last valid state of the plan: fix the problems to update them.
        </Text>
      )}
    </Paper>
  );
}
