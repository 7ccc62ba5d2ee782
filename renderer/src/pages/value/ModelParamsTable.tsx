import { Paper, Table, Text } from '@mantine/core';
import type { ModelFitSummary } from '../../../../shared/domain/modelValidation';
import type { Formatters } from '../../format/formatters';

interface ModelParamsTableProps {
  model: ModelFitSummary;
  title: string;
  subtitle: string;
  format: Formatters;
  testId: string;
}

/** A fitted model's parameters with their standard errors and 95% intervals. */
export function ModelParamsTable({ model, title, subtitle, format, testId }: ModelParamsTableProps) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid={testId}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {subtitle}
      </Text>
      <Table verticalSpacing={6} fz="sm" className="lw-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Parameter</Table.Th>
            <Table.Th ta="right">Estimate</Table.Th>
            <Table.Th ta="right">Std. error</Table.Th>
            <Table.Th ta="right">95% interval</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.params.map((p) => (
            <Table.Tr key={p.name}>
              <Table.Td ff="monospace">{p.name}</Table.Td>
              <Table.Td ta="right">{format.estimate(p.value)}</Table.Td>
              <Table.Td ta="right">{format.estimate(p.standardError)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.estimate(p.lower95)} – {format.estimate(p.upper95)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {format.count(model.n)} customers · {model.iterations} iterations · {format.decimal(model.fitMs / 1000)} s · {model.converged ? 'converged' : 'did not converge'}
      </Text>
    </Paper>
  );
}
