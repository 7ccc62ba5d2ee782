import { Badge, Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { Formatters } from '../../format/formatters';
import { likelihoodRatioWords, silhouetteReading, silhouetteStrength, stabilityReading, type QualityWords } from './qualityWords';
import { useTranslation } from 'react-i18next';

const STRENGTH_COLOUR = { strong: 'teal', reasonable: 'blue', weak: 'orange' } as const;

interface Figure {
  label: string;
  value: string;
  reading: string;
  colour: string;
  about: string;
}

function QualityFigure({ figure }: { figure: Figure }) {
  return (
    <Tooltip label={figure.about} withArrow multiline maw={300} openDelay={200}>
      <Paper withBorder radius="md" p="md">
        <Text size="xs" c="dimmed" fw={500}>
          {figure.label}
        </Text>
        <Group gap="xs" mt={4} wrap="nowrap" align="baseline">
          <Text fw={650} size="lg" className="lw-figures">
            {figure.value}
          </Text>
          {figure.colour === 'gray' ? (
            <Text size="xs" c="dimmed">
              {figure.reading}
            </Text>
          ) : (
            <Badge size="sm" variant="light" color={figure.colour} tt="none">
              {figure.reading}
            </Badge>
          )}
        </Group>
      </Paper>
    </Tooltip>
  );
}

/** How well the segments separate the customers, each figure with its plain reading. */
export function QualityBadges({ result, format }: { result: SegmentationResult; format: Formatters }) {
  const { t } = useTranslation('segments');
  const words: QualityWords = {
    strength: t('quality.strength', { returnObjects: true }),
    differ: (p) => t('quality.differ', { p }),
    noDifference: (p) => t('quality.noDifference', { p }),
    stable: t('quality.stable'),
    fairlyStable: t('quality.fairlyStable'),
    unstable: t('quality.unstable'),
    decimalMark: format.decimal(0.5).charAt(1),
  };
  const { quality, stability, likelihoodRatio } = result;
  const figures: Figure[] = [
    {
      label: t('quality.silhouette'),
      value: format.decimal2(quality.silhouette),
      reading: silhouetteReading(quality.silhouette, words),
      colour: STRENGTH_COLOUR[silhouetteStrength(quality.silhouette)],
      about: t('quality.silhouetteAbout', { count: format.count(quality.silhouetteSampleSize) }),
    },
    {
      label: t('quality.rSquared'),
      value: format.percent(quality.rSquared),
      reading: t('quality.rSquaredReading'),
      colour: 'gray',
      about: t('quality.rSquaredAbout'),
    },
    {
      label: t('quality.calinski'),
      value: format.count(quality.calinskiHarabasz),
      reading: t('quality.higherBetter'),
      colour: 'gray',
      about: t('quality.calinskiAbout'),
    },
    {
      label: t('quality.davies'),
      value: format.decimal2(quality.daviesBouldin),
      reading: t('quality.lowerBetter'),
      colour: 'gray',
      about: t('quality.daviesAbout'),
    },
  ];
  if (stability) {
    figures.push({
      label: t('quality.stability'),
      value: format.decimal2(stability.meanAri),
      reading: stabilityReading(stability.meanAri, words),
      colour: stability.meanAri >= 0.85 ? 'teal' : stability.meanAri >= 0.6 ? 'blue' : 'orange',
      about: t('quality.stabilityAbout', { resamples: stability.resamples, min: format.decimal2(stability.minAri) }),
    });
  }
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-quality">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            {t('quality.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('quality.intro')}
          </Text>
        </div>
        {likelihoodRatio && (
          <Tooltip
            label={t('quality.lrAbout', { statistic: format.decimal(likelihoodRatio.statistic), df: likelihoodRatio.degreesOfFreedom })}
            withArrow
            multiline
            maw={320}
          >
            <Badge size="lg" variant="light" color={likelihoodRatio.pValue < 0.05 ? 'teal' : 'gray'} tt="none" data-testid="segment-lr-test">
              {likelihoodRatioWords(likelihoodRatio, words)}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <SimpleGrid cols={figures.length} spacing="md">
        {figures.map((f) => (
          <QualityFigure key={f.label} figure={f} />
        ))}
      </SimpleGrid>
    </Paper>
  );
}
