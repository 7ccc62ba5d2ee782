import { Badge, Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { Formatters } from '../../format/formatters';
import { likelihoodRatioWords, silhouetteReading, silhouetteStrength, stabilityReading } from './qualityWords';

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
  const { quality, stability, likelihoodRatio } = result;
  const figures: Figure[] = [
    {
      label: 'Silhouette',
      value: format.decimal2(quality.silhouette),
      reading: silhouetteReading(quality.silhouette),
      colour: STRENGTH_COLOUR[silhouetteStrength(quality.silhouette)],
      about: `How much closer customers are to their own segment than to the next one, from −1 to 1: above 0.5 strong, 0.25–0.5 reasonable, below 0.25 weak structure. Measured on ${format.count(quality.silhouetteSampleSize)} customers.`,
    },
    {
      label: 'Variance explained (R²)',
      value: format.percent(quality.rSquared),
      reading: 'of the spread',
      colour: 'gray',
      about: 'The share of the differences between customers that the segments account for.',
    },
    {
      label: 'Calinski-Harabasz',
      value: format.count(quality.calinskiHarabasz),
      reading: 'higher better',
      colour: 'gray',
      about: 'Spread between segments against spread within them; compare it across runs on the same data.',
    },
    {
      label: 'Davies-Bouldin',
      value: format.decimal2(quality.daviesBouldin),
      reading: 'lower better',
      colour: 'gray',
      about: 'How much each segment overlaps its most similar neighbour; 0 would be perfectly apart.',
    },
  ];
  if (stability) {
    figures.push({
      label: 'Stability',
      value: format.decimal2(stability.meanAri),
      reading: stabilityReading(stability.meanAri),
      colour: stability.meanAri >= 0.85 ? 'teal' : stability.meanAri >= 0.6 ? 'blue' : 'orange',
      about: `Agreement (adjusted Rand index, 1 = identical) between these segments and ${stability.resamples} re-runs on resampled customers; the worst re-run scored ${format.decimal2(stability.minAri)}.`,
    });
  }
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-quality">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            Segment quality
          </Text>
          <Text size="xs" c="dimmed">
            The silhouette says how much closer customers are to their own segment than to the next one.
          </Text>
        </div>
        {likelihoodRatio && (
          <Tooltip
            label={`Likelihood-ratio test of a BG/NBD purchase model per segment against one for all customers: statistic ${format.decimal(likelihoodRatio.statistic)} on ${likelihoodRatio.degreesOfFreedom} degrees of freedom.`}
            withArrow
            multiline
            maw={320}
          >
            <Badge size="lg" variant="light" color={likelihoodRatio.pValue < 0.05 ? 'teal' : 'gray'} tt="none" data-testid="segment-lr-test">
              {likelihoodRatioWords(likelihoodRatio)}
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
