/** The frame around the pages: status area, start-up and connection screens, jobs, errors. */
export const frame = {
  ready: 'Ready',
  jobDone: '{{label}}: done',
  jobDoneBeforeCancel: '{{label}}: finished before the cancel arrived; its result was kept',
  jobCancelled: '{{label}}: cancelled',
  jobFailed: '{{label}} failed',
  jobFailedWith: '{{label}} failed: {{error}}',
  cancellingJob: 'Cancelling “{{label}}”',
  jobProgress: '{{label}} progress',
  cancelTooltip: 'Stop this job; nothing is changed in the workspace',
  cancel: 'Cancel',
  progress: {
    starting: 'starting…',
    of: '{{done}} of {{total}}',
    units: {
      customers: 'customers',
      models: 'models',
      steps: 'steps',
      blocks: 'blocks',
      runs: 'runs',
    },
  },
  timeLeft: {
    fewSeconds: 'a few seconds left',
    seconds: 'about {{s}} s left',
    minutes: 'about {{m}} min left',
    hours: 'about {{h}} h {{m}} min left',
  },
  startup: {
    connecting: 'Connecting to the backend…',
    opening: 'Opening your workspace…',
    firstStart: 'The first start generates a sample retailer to explore; later starts open your last workspace at once.',
  },
  unavailable: {
    unreachableTitle: 'The Loyalty Workbench backend cannot be reached',
    failedTitle: 'Loyalty Workbench could not start',
    unreachableText: 'This page talks to a local server that does the calculations and keeps your workspaces. It is not answering.',
    checkRunningBefore: 'Check that the server is still running (',
    checkRunningAfter: ').',
    openAddress: 'Open the exact address it printed, including its ?token=… part; that is how the server knows this browser.',
    keepsTrying: 'This page keeps trying to reconnect by itself.',
    reload: 'Reload the page',
    tryAgain: 'Try again',
  },
  connection: {
    lostTitle: 'Connection to the backend lost: reconnecting…',
    lostText:
      'What you see may be out of date until the connection is back. Your workspace is saved as you work. If the server was stopped, start it again and open the new address it prints.',
  },
  theme: {
    toDark: 'Switch to the dark theme',
    toLight: 'Switch to the light theme',
  },
  dismiss: 'Dismiss',
} as const;
