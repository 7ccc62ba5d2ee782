import { Box, Button, Divider, Group, Modal, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { isCancellation } from '../errors/displayedError';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { IMPORT_STEPS } from './importForm';
import { ColumnsStep } from './steps/ColumnsStep';
import { FileStep } from './steps/FileStep';
import { ReadStep } from './steps/ReadStep';
import { RulesStep } from './steps/RulesStep';
import { RunStep } from './steps/RunStep';
import { useImportWizard, type ImportWizard as Wizard } from './useImportWizard';
import { useTranslation } from 'react-i18next';


interface ImportWizardProps {
  opened: boolean;
  onClose: () => void;
  jobs: readonly DisplayedJob[];
  currencyCode: string;
  /** The workspace's figures' locale. */
  locale: string;
  /** The open workspace is the generated sample: the first step suggests a workspace of its own. */
  intoSample: boolean;
}

/**
 * The import, one decision per step. Mounted afresh for each import (the caller keys it), so
 * a new import never starts from the last one's choices.
 */
export function ImportWizard({ opened, onClose, jobs, currencyCode, locale, intoSample }: ImportWizardProps) {
  const { t } = useTranslation('import');
  const wizard = useImportWizard();
  const running = wizard.run.status === 'running';
  const done = wizard.run.status === 'done';

  return (
    <Modal
      opened={opened}
      onClose={() => {
        if (!running) onClose();
      }}
      title={t('title')}
      size={1100}
      centered
      closeOnClickOutside={false}
      closeOnEscape={!running}
      withCloseButton={!running}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' }, body: { paddingBottom: 0 } }}
    >
      <Box data-testid="import-wizard">
        <Stepper
          active={done ? IMPORT_STEPS.length : wizard.stepIndex}
          onStepClick={wizard.goTo}
          allowNextStepsSelect={false}
          size="sm"
          mt={4}
          mb="lg"
        >
          {IMPORT_STEPS.map((step) => (
            <Stepper.Step key={step} label={t(`steps.${step}.label`)} description={t(`steps.${step}.description`)} allowStepSelect={!running && !done} />
          ))}
        </Stepper>

        <Box mih={430} pb="md" data-testid={`import-step-${wizard.step}`}>
          <StepContent wizard={wizard} jobs={jobs} currencyCode={currencyCode} locale={locale} intoSample={intoSample} />
        </Box>

        <Box pos="sticky" bottom={0} py="md" bg="var(--mantine-color-body)" style={{ zIndex: 3 }}>
          <Divider mb="md" />
          <WizardButtons wizard={wizard} jobs={jobs} onClose={onClose} />
        </Box>
      </Box>
    </Modal>
  );
}

interface StepContentProps {
  wizard: Wizard;
  jobs: readonly DisplayedJob[];
  currencyCode: string;
  /** The workspace's figures' locale. */
  locale: string;
  intoSample: boolean;
}

function StepContent({ wizard, jobs, currencyCode, locale, intoSample }: StepContentProps) {
  switch (wizard.step) {
    case 'file':
      return <FileStep wizard={wizard} intoSample={intoSample} />;
    case 'read':
      return <ReadStep wizard={wizard} />;
    case 'columns':
      return <ColumnsStep wizard={wizard} />;
    case 'rules':
      return <RulesStep wizard={wizard} />;
    case 'run':
      return <RunStep wizard={wizard} jobs={jobs} currencyCode={currencyCode} locale={locale} />;
  }
}

function WizardButtons({ wizard, jobs, onClose }: { wizard: Wizard; jobs: readonly DisplayedJob[]; onClose: () => void }) {
  const { t } = useTranslation('import');
  const { run } = wizard;
  if (run.status === 'done') {
    return (
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="import-done">
          {t('buttons.done')}
        </Button>
      </Group>
    );
  }
  const running = run.status === 'running';
  const last = wizard.step === 'run';
  const loading = wizard.step === 'file' && wizard.previewLoading;
  return (
    <Group justify="space-between">
      <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={wizard.back} disabled={!wizard.canGoBack} style={{ visibility: wizard.stepIndex === 0 ? 'hidden' : 'visible' }} data-testid="import-back">
        {t('buttons.back')}
      </Button>
      <Group gap="sm">
        {/* While importing, the only way out is the Cancel beside the progress, which stops the job. */}
        {!running && (
          <Button variant="subtle" color="gray" onClick={onClose}>
            {t('buttons.cancel')}
          </Button>
        )}
        {last ? (
          <Button leftSection={<IconFileImport size={16} />} onClick={() => wizard.startImport(jobs)} loading={running} data-testid="import-run">
            {run.status === 'failed' && !isCancellation(run.error) ? t('buttons.tryAgain') : t('buttons.import')}
          </Button>
        ) : (
          <Button
            rightSection={<IconArrowRight size={16} />}
            onClick={wizard.next}
            loading={loading}
            disabled={wizard.step === 'read' && wizard.previewLoading}
            data-testid="import-next"
          >
            {t('buttons.next')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
