import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import { mergeProblem } from './segmentEdits';
import { useTranslation } from 'react-i18next';

interface MergeSegmentsModalProps {
  result: SegmentationResult;
  /** The segments to merge; null keeps the dialog closed. */
  segments: number[] | null;
  onClose: () => void;
  /** Resolves to a message to show under the name, or null when merged. */
  onMerge: (segments: number[], name: string) => Promise<string | null>;
}

/** Asks for the merged segment's name, then merges; the profile and quality figures are worked out again. */
export function MergeSegmentsModal({ result, segments, onClose, onMerge }: MergeSegmentsModalProps) {
  const { t } = useTranslation('segments');
  return (
    <Modal opened={segments !== null} onClose={onClose} title={<Text fw={600}>{t('mergeModal.title')}</Text>} centered size="md">
      {segments !== null && <MergeForm result={result} segments={segments} onClose={onClose} onMerge={onMerge} />}
    </Modal>
  );
}

function MergeForm({ result, segments, onClose, onMerge }: Omit<MergeSegmentsModalProps, 'segments'> & { segments: number[] }) {
  const { t } = useTranslation('segments');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const names = result.segments.filter((s) => segments.includes(s.segment)).map((s) => s.name);

  const submit = () => {
    const problem = mergeProblem(result, segments, name);
    if (problem) {
      setError(problem);
      return;
    }
    setMerging(true);
    void onMerge(segments, name).then((failure) => {
      setMerging(false);
      if (failure) setError(failure);
      else onClose();
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('mergeModal.text', { names: names.join(', ') })}
      </Text>
      <TextInput
        label={t('mergeModal.name')}
        placeholder={t('mergeModal.placeholder')}
        data-autofocus
        value={name}
        error={error}
        onChange={(e) => {
          setName(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
        data-testid="segment-merge-name"
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={merging}>
          {t('mergeModal.cancel')}
        </Button>
        <Button onClick={submit} loading={merging} data-testid="segment-merge-confirm">
          {t('mergeModal.merge')}
        </Button>
      </Group>
    </Stack>
  );
}
