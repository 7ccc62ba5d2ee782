import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { MenuAction } from '../../../shared/contract/bridge';
import { host } from '../backend/client';
import type { WorkspaceActions } from '../workspace/useWorkspaceActions';

/** The desktop menu bar sends the same actions the page offers; this routes them. */
export function useMenuActions(actions: WorkspaceActions): void {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  // A ref, so the subscription is made once and still sees the latest actions and scheme.
  const latest = useRef({ actions, scheme, setColorScheme });
  latest.current = { actions, scheme, setColorScheme };

  useEffect(
    () =>
      host.onMenu((action: MenuAction) => {
        const { actions: a, scheme: s, setColorScheme: set } = latest.current;
        switch (action) {
          case 'workspace.new':
            return a.newWorkspace();
          case 'workspace.open':
            return a.openWorkspace();
          case 'workspace.saveAs':
            return a.saveAs();
          case 'workspace.openSample':
            return a.openSample();
          case 'view.toggleTheme':
            return set(s === 'dark' ? 'light' : 'dark');
        }
      }),
    [],
  );
}
