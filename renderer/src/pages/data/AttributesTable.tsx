import { Badge, Code, Paper, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { AttributeDefinition } from '../../../../shared/domain/attributes';
import { KIND_LABELS, groupAttributes } from './attributeGroups';

/** The CRM attributes the workspace holds for each customer, grouped by kind. */
export function AttributesTable({ attributes }: { attributes: readonly AttributeDefinition[] }) {
  const groups = groupAttributes(attributes);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="attributes-table">
      <Text fw={600} size="sm">
        Customer attributes
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        What the CRM records for each customer, by kind. Segments and the strategic value score will draw on these.
      </Text>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          This workspace has no customer attributes yet.
        </Text>
      ) : (
        <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="32%">Attribute</Table.Th>
              <Table.Th w="28%">Column</Table.Th>
              <Table.Th w="14%">Type</Table.Th>
              <Table.Th>Unit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Fragment key={group.kind}>
                <Table.Tr bg="var(--lw-group-row-bg)">
                  <Table.Td colSpan={4} py={6}>
                    <Text span size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                      {KIND_LABELS[group.kind].label}
                    </Text>
                    <Text span size="xs" c="dimmed" ml="sm">
                      {KIND_LABELS[group.kind].about} · {group.attributes.length}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {group.attributes.map((a) => (
                  <Table.Tr key={a.name}>
                    <Table.Td>
                      <Text size="sm">{a.label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Code fz="xs">{a.name}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={a.valueType === 'number' ? 'indigo' : 'gray'} radius="sm" tt="none" fw={500}>
                        {a.valueType === 'number' ? 'Number' : 'Text'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {a.unit ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
