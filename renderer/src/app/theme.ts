import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/**
 * A quiet, businesslike look: indigo for actions and data, neutral greys for everything else,
 * system fonts (the CSP allows no font downloads) with tabular figures where numbers line up.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 4 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'loyalty-workbench.color-scheme' });
