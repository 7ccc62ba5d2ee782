import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { MODEL_LABELS } from '../../../../shared/contract/modelSchemas';
import type { ModelValidation } from '../../../../shared/domain/modelValidation';
import { useTranslation } from 'react-i18next';

/** Models that could not be fitted, and what the fitted ones warn about, in plain words. */
export function ModelNotices({ validation }: { validation: ModelValidation }) {
  const { t } = useTranslation('value');
  const fitted = [...validation.purchaseModels, ...(validation.spendModel ? [validation.spendModel] : [])];
  const warnings = fitted.flatMap((m) => m.warnings.map((w) => ({ model: m.label, text: w })));
  if (validation.failed.length === 0 && warnings.length === 0) return null;
  return (
    <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title={t('notices.title')} data-testid="model-notices">
      <List size="sm" spacing={4}>
        {validation.failed.map((f) => (
          <List.Item key={f.key}>
            <Text span size="sm" fw={600}>
              {MODEL_LABELS[f.key]}
            </Text>{' '}
            {t('notices.couldNotFit', { reason: f.reason })}
          </List.Item>
        ))}
        {warnings.map((w, i) => (
          <List.Item key={i}>
            <Text span size="sm" fw={600}>
              {w.model}:
            </Text>{' '}
            {w.text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
