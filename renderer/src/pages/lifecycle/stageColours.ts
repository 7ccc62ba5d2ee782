import type { LifecycleStage } from '../../../../shared/segments/lifecycle';

/** One Mantine colour per lifecycle stage, the same wherever a stage is shown. */
export const STAGE_COLOURS: Readonly<Record<LifecycleStage, string>> = {
  acquisition: 'blue',
  development: 'cyan',
  retention: 'teal',
  'at-risk': 'orange',
  'win-back': 'red',
};
