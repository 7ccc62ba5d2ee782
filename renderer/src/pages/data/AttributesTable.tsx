import { Badge, Code, Paper, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { AttributeDefinition } from '../../../../shared/domain/attributes';
import { groupAttributes } from './attributeGroups';
import { useTranslation } from 'react-i18next';

/** The CRM attributes the workspace holds for each customer, grouped by kind. */
export function AttributesTable({ attributes }: { attributes: readonly AttributeDefinition[] }) {
  const { t } = useTranslation('data');
  const groups = groupAttributes(attributes);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="attributes-table">
      <Text fw={600} size="sm">
        {t('attributes.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('attributes.intro')}
      </Text>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attributes.none')}
        </Text>
      ) : (
        <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="32%">{t('attributes.attribute')}</Table.Th>
              <Table.Th w="28%">{t('attributes.column')}</Table.Th>
              <Table.Th w="14%">{t('attributes.type')}</Table.Th>
              <Table.Th>{t('attributes.unit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Fragment key={group.kind}>
                <Table.Tr bg="var(--lw-group-row-bg)">
                  <Table.Td colSpan={4} py={6}>
                    <Text span size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                      {t(`kinds.${group.kind}.label`)}
                    </Text>
                    <Text span size="xs" c="dimmed" ml="sm">
                      {t(`kinds.${group.kind}.about`)} · {group.attributes.length}
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
                        {a.valueType === 'number' ? t('attributes.number') : t('attributes.text')}
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
