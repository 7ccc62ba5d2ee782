import { Group, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { checkRules, type RulesDraft } from '../importForm';
import { UNIT_CHOICES } from '../importLabels';
import { BAD_ROW_WORDS } from '../importSummary';
import type { ImportWizard } from '../useImportWizard';

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
                  {BAD_ROW_WORDS[policy].label}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>
                  {BAD_ROW_WORDS[policy].about}
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
  const { rules, setRules } = wizard;
  const badRows = (
    <Section
      title="Rows that cannot be read"
      about={
        wizard.kind === 'transactions'
          ? 'A row with no customer id, a date that is not a date or an amount that is not a number.'
          : 'A row with no customer id, or a value that is not a number in a column of numbers.'
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
        <Section title="Which purchases to import" about="Rules applied row by row; the report counts what each one left out.">
          <Switch
            label="Merge same-day purchases of a customer"
            description="Several receipts of one customer on one day become one purchase with the amounts added: a visit counts once."
            checked={rules.mergeSameDay}
            onChange={(event) => set({ mergeSameDay: event.currentTarget.checked })}
            data-testid="import-merge-same-day"
          />
          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                Negative amounts (returns)
              </Text>
              <Text size="xs" c="dimmed">
                Leaving them out keeps returns from reading as purchases; purchases of zero value are always kept.
              </Text>
            </div>
            <SegmentedControl
              data={[
                { value: 'drop', label: 'Leave them out' },
                { value: 'keep', label: 'Keep them' },
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
                Date window (optional)
              </Text>
              <Text size="xs" c="dimmed">
                Only purchases between these days are imported. Leave both empty to import every date.
              </Text>
            </div>
            <Group grow gap="sm" align="flex-start">
              <TextInput
                type="date"
                label="From"
                value={rules.dateFrom}
                onChange={(event) => set({ dateFrom: event.currentTarget.value })}
                error={fieldErrors.dateFrom}
                data-testid="import-date-from"
              />
              <TextInput
                type="date"
                label="To"
                value={rules.dateTo}
                onChange={(event) => set({ dateTo: event.currentTarget.value })}
                error={fieldErrors.dateTo}
                data-testid="import-date-to"
              />
            </Group>
          </Stack>
        </Section>

        <Section
          title="Customer summary"
          about="After the import, each customer’s purchase history is summed up: how often they came back, how recently and for how much."
        >
          <TextInput
            type="date"
            label="Summary up to (optional)"
            description="Recency and customer age are measured up to this day. Leave it empty to use the last purchase in the workspace."
            value={rules.calibrationEnd}
            onChange={(event) => set({ calibrationEnd: event.currentTarget.value })}
            error={fieldErrors.calibrationEnd}
            maw={320}
            data-testid="import-calibration-end"
          />
          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                Measure time in
              </Text>
              <Text size="xs" c="dimmed">
                Weeks suit most retailers; days for very frequent purchases, months for rare ones.
              </Text>
            </div>
            <SegmentedControl
              data={UNIT_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
              value={rules.unit}
              onChange={(value) => {
                const unit = UNIT_CHOICES.find((c) => c.value === value)?.value;
                if (unit) set({ unit });
              }}
              style={{ alignSelf: 'flex-start' }}
              data-testid="import-summary-unit"
            />
          </Stack>
        </Section>
      </SimpleGrid>
      {badRows}
    </Stack>
  );
}
