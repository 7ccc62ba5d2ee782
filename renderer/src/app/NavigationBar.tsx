import { AppShell, Badge, NavLink, Stack, Text } from '@mantine/core';
import type { AppInfo } from '../../../shared/contract/methods';
import { useTranslation } from 'react-i18next';
import { PAGE_IDS, PAGES, hashForPage, type PageId } from './pages';

interface NavigationBarProps {
  page: PageId;
  onNavigate: (page: PageId) => void;
  info: AppInfo;
}

/** The pages in the order of the work, numbered so the sequence reads at a glance. */
export function NavigationBar({ page, onNavigate, info }: NavigationBarProps) {
  const { t } = useTranslation();
  return (
    <>
      <AppShell.Section grow p="sm">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} pb={8} style={{ letterSpacing: '0.04em' }}>
          {t('workflow')}
        </Text>
        <Stack gap={2}>
          {PAGE_IDS.map((id) => {
            const { icon: Icon, built } = PAGES[id];
            const label = t(`nav.${id}`);
            return (
              <NavLink
                key={id}
                href={hashForPage(id)}
                label={label}
                active={page === id}
                leftSection={<Icon size={18} stroke={1.7} />}
                rightSection={
                  built ? null : (
                    <Badge size="xs" variant="outline" color="gray" radius="sm" fw={600} style={{ opacity: 0.8 }}>
                      {t('soon')}
                    </Badge>
                  )
                }
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(id);
                }}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={500}
                data-testid={`nav-${id}`}
                aria-current={page === id ? 'page' : undefined}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="md">
        <Text size="xs" c="dimmed">
          {t('version', { version: info.version })}
          {info.host === 'browser' ? ` · ${t('browserMode')}` : ''}
        </Text>
      </AppShell.Section>
    </>
  );
}
