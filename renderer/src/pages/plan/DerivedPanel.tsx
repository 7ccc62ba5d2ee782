import { Divider, Group, NumberInput, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DerivedFigures } from '../../../../shared/plan/derivedFigures';
import type { DerivedMechanic } from '../../../../shared/plan/earnRate';
import type { Formatters } from '../../format/formatters';
import { asNumber } from './planForm';
import { percentDecimals } from './planText';
import { breakEvenBeyondReach } from '../../../../shared/plan/planWarnings';

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

/** What a point is worth (the rewards it buys, IFRS 15's stand-alone selling price) and costs, with the mix behind it. */
function PointValueFigure({ f, format }: { f: DerivedFigures; format: Formatters }) {
  const { t } = useTranslation('plan');
  const v = f.valuation;
  const money = (x: number): string => `${format.estimate(x)} ${format.currencyCode}`;
  const mix = v.mix
    .filter((m) => m.shareOfPoints > 0.0005)
    .map((m) => t('derived.mixItem', { share: percentDecimals(m.shareOfPoints, 0, format.locale), points: format.count(m.points), value: format.currencyPrecise(m.valueCurrency) }))
    .join(' · ');
  return (
    <Figure
      label={t('derived.pointValue')}
      value={money(v.valuePerPointCurrency)}
      detail={
        <>
          <span data-testid="derived-point-basis">{t(`derived.basis.${v.basis}`, { mix })}</span>
          <br />
          {v.burnCostPerPointCurrency > 0
            ? t('derived.pointCostWithBurn', { cost: money(v.costPerPointCurrency), own: money(v.ownRewardCostPerPointCurrency), burn: money(v.burnCostPerPointCurrency) })
            : t('derived.pointCost', { cost: money(v.costPerPointCurrency) })}
        </>
      }
      testId="derived-point-value"
    />
  );
}

/** Which of the plan's mechanics the figures count, and which they cannot without the workspace's purchases. */
function Coverage({ f }: { f: DerivedFigures }) {
  const { t } = useTranslation('plan');
  const names = (list: readonly DerivedMechanic[]): string => list.map((m) => t(`derived.mechanic.${m}`)).join(', ');
  return (
    <Stack gap={2} data-testid="derived-coverage">
      <Text size="xs" c="dimmed">
        {f.earn.covered.length > 0 ? t('derived.covers', { list: names(f.earn.covered) }) : t('derived.coversBase')}
      </Text>
      {f.earn.notCovered.length > 0 && (
        <Text size="xs" c="orange">
          {t('derived.notCovered', { list: names(f.earn.notCovered) })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('derived.leftOut')}
      </Text>
    </Stack>
  );
}

/**
 * The back-of-the-envelope economics of the draft, updated on every change: what a point costs,
 * what is given back, what the rewards will cost as a share of sales, and the sales lift needed.
 */
export function DerivedPanel({ figures: f, stale, format, redemptionPercent, onRedemptionPercent, salesKnown }: DerivedPanelProps) {
  const { t } = useTranslation('plan');
  const pct2 = (x: number): string => percentDecimals(x, 2, format.locale);
  const pct1 = (x: number): string => percentDecimals(x, 1, format.locale);
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-derived" style={{ opacity: stale ? 0.6 : 1 }}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Text fw={600} size="sm">
          {t('derived.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('derived.atCentral')}
        </Text>
      </Group>
      {!f ? (
        <Text size="sm" c="dimmed">
          {t('derived.whenValid')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Figure
            label={t('derived.giveBack')}
            value={pct2(f.nominalGiveBack)}
            detail={t('derived.giveBackDetailWhole', {
              points: format.estimate(f.earn.pointsPerCurrency),
              currency: format.currencyCode,
              value: format.estimate(f.valuation.valuePerPointCurrency),
              punch: f.earn.punchValuePerCurrency > 0 ? t('derived.plusPunch', { punch: pct2(f.earn.punchValuePerCurrency) }) : '',
            })}
            testId="derived-give-back"
          />
          <PointValueFigure f={f} format={format} />
          <Figure
            label={t('derived.freeRewardRate')}
            value={pct2(f.freeRewardRate)}
            detail={
              <Tooltip multiline w={300} withArrow label={t('derived.freeRewardRateHelpWhole')}>
                <span>
                  {f.punchCardAtCost > 0
                    ? t('derived.freeRewardRateDetailPunch', { atCost: pct2(f.giveBackAtCost), redeemed: pct1(f.redemptionShare), punch: pct2(f.punchCardAtCost), memberShare: pct1(f.memberShareOfSales) })
                    : t('derived.freeRewardRateDetail', { atCost: pct2(f.giveBackAtCost), memberShare: pct1(f.memberShareOfSales), redeemed: pct1(f.redemptionShare) })}
                </span>
              </Tooltip>
            }
            testId="derived-free-reward-rate"
          />
          <Figure
            label={t('derived.breakEven')}
            value={f.breakEvenSalesLift === null ? t('derived.nonePossible') : pct1(f.breakEvenSalesLift)}
            tone={f.breakEvenSalesLift === null || f.breakEvenSalesLift > 0.1 ? 'warn' : undefined}
            detail={
              f.breakEvenSalesLift === null
                ? t('derived.wholeMargin')
                : salesKnown && f.opexShareOfSales !== null
                  ? t('derived.breakEvenFormula', { opex: pct2(f.opexShareOfSales) })
                  : t('derived.rewardsOnly')
            }
            testId="derived-break-even"
          />
          {breakEvenBeyondReach(f.breakEvenSalesLift) && (
            <Text size="xs" c="orange.8" data-testid="derived-break-even-beyond-reach">
              {t('derived.breakEvenBeyondReach', { lift: pct1(f.breakEvenSalesLift ?? 0) })}
            </Text>
          )}
          <Coverage f={f} />
          <Divider />
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('derived.members')}
            </Text>
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('derived.membersValue', { share: pct1(f.enrolmentRate) })}
            </Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('derived.runningCosts')}
            </Text>
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('derived.perYear', { amount: format.currency(f.opexPerYearCurrency) })}
            </Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Tooltip label={t('derived.whatIfHelp')} multiline w={260} withArrow>
              <Text size="xs" c="dimmed" style={{ textDecoration: 'underline dotted' }}>
                {t('derived.whatIf')}
              </Text>
            </Tooltip>
            <NumberInput
              size="xs"
              w={84}
              aria-label={t('derived.whatIf')}
              suffix="%"
              min={0}
              max={100}
              decimalScale={1}
              decimalSeparator={format.locale.startsWith('es') ? ',' : '.'}
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
          {t('derived.stale')}
        </Text>
      )}
    </Paper>
  );
}
