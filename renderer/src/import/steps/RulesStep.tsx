import { Group, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { checkRules, type RulesDraft } from '../importForm';
import type { ImportWizard } from '../useImportWizard';
import { useImportWords } from '../useImportWords';
import { useTranslation } from 'react-i18next';

function Section({ title, about, children }: { title: string; about: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {about}
      </Text>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

function BadRowsChoice({ rules, onChange }: { rules: RulesDraft; onChange: (rules: RulesDraft) => void }) {
  const { badRows } = useImportWords();
  return (
    <Radio.Group
      value={rules.onBadRows}
      onChange={(value) => onChange({ ...rules, onBadRows: value === 'skip' ? 'skip' : 'stop' })}
      data-testid="import-bad-rows"
    >
      <SimpleGrid cols={2} spacing="md">
        {(['stop', 'skip'] as const).map((policy) => (
          <Radio.Card key={policy} value={policy} radius="md" p="md" data-testid={`import-bad-rows-${policy}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <div>
                <Text fw={600} size="sm">
                  {badRows[policy].label}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>
                  {badRows[policy].about}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** Step 4: business rules for transactions, and for any file what to do with unreadable rows. */
export function RulesStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const words = useImportWords();
  const { rules, setRules } = wizard;
  const badRows = (
    <Section
      title={t('rules.badRows')}
      about={
        wizard.kind === 'transactions'
          ? t('rules.badRowsTransactions')
          : t('rules.badRowsAttributes')
      }
    >
      <BadRowsChoice rules={rules} onChange={setRules} />
    </Section>
  );
  if (wizard.kind === 'attributes') return badRows;

  const { fieldErrors } = checkRules(rules);
  const set = (change: Partial<RulesDraft>) => setRules({ ...rules, ...change });

  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="md">
        <Section title={t('rules.which')} about={t('rules.whichAbout')}>
          <Switch
            label={t('rules.merge')}
            description={t('rules.mergeAbout')}
            checked={rules.mergeSameDay}
            onChange={(event) => set({ mergeSameDay: event.currentTarget.checked })}
            data-testid="import-merge-same-day"
          />
          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                {t('rules.negative')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('rules.negativeAbout')}
              </Text>
            </div>
            <SegmentedControl
              data={[
                { value: 'drop', label: t('rules.leaveOut') },
                { value: 'keep', label: t('rules.keep') },
              ]}
              value={rules.negativeAmounts}
              onChange={(value) => set({ negativeAmounts: value === 'keep' ? 'keep' : 'drop' })}
              style={{ alignSelf: 'flex-start' }}
              data-testid="import-negative-amounts"
            />
          </Stack>
          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                {t('rules.window')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('rules.windowAbout')}
              </Text>
            </div>
            <Group grow gap="sm" align="flex-start">
              <TextInput
                type="date"
                label={t('rules.from')}
                value={rules.dateFrom}
                onChange={(event) => set({ dateFrom: event.currentTarget.value })}
                error={fieldErrors.dateFrom}
                data-testid="import-date-from"
              />
              <TextInput
                type="date"
                label={t('rules.to')}
                value={rules.dateTo}
                onChange={(event) => set({ dateTo: event.currentTarget.value })}
                error={fieldErrors.dateTo}
                data-testid="import-date-to"
              />
            </Group>
          </Stack>
        </Section>

        <Section
          title={t('rules.summary')}
          about={t('rules.summaryAbout')}
        >
          <TextInput
            type="date"
            label={t('rules.upTo')}
            description={t('rules.upToAbout')}
            value={rules.calibrationEnd}
            onChange={(event) => set({ calibrationEnd: event.currentTarget.value })}
            error={fieldErrors.calibrationEnd}
            maw={320}
            data-testid="import-calibration-end"
          />
          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                {t('rules.measure')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('rules.measureAbout')}
              </Text>
            </div>
            <SegmentedControl
              data={words.units.map((c) => ({ value: c.value, label: c.label }))}
              value={rules.unit}
              onChange={(value) => {
                const unit = words.units.find((c) => c.value === value)?.value;
                if (unit) set({ unit });
              }}
              style={{ alignSelf: 'flex-start' }}
              data-testid="import-summary-unit"
            />
          </Stack>
        </Section>
      </SimpleGrid>
      <Section title={t('rules.limits')} about={t('rules.limitsAbout')}>
        <Group grow gap="sm" align="flex-start">
          <TextInput
            type="date"
            label={t('rules.earliest')}
            placeholder="1950-01-01"
            value={rules.earliestDate}
            onChange={(event) => set({ earliestDate: event.currentTarget.value })}
            error={fieldErrors.earliestDate}
            data-testid="import-earliest-date"
          />
          <TextInput
            type="date"
            label={t('rules.latest')}
            description={t('rules.latestAbout')}
            value={rules.latestDate}
            onChange={(event) => set({ latestDate: event.currentTarget.value })}
            error={fieldErrors.latestDate}
            data-testid="import-latest-date"
          />
          <TextInput
            label={t('rules.maxAmount')}
            description={t('rules.maxAmountAbout')}
            placeholder="1000000000"
            inputMode="decimal"
            value={rules.maxAmount}
            onChange={(event) => set({ maxAmount: event.currentTarget.value })}
            error={fieldErrors.maxAmount}
            data-testid="import-max-amount"
          />
        </Group>
      </Section>
      {badRows}
    </Stack>
  );
}
