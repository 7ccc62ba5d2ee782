/** Unsaved work on any page: undo and redo, the question before leaving, drafts saved elsewhere since. */
export const drafts = {
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo the last change ({{keys}})',
  redoHint: 'Redo the change undone ({{keys}})',
  unsaved: 'Unsaved changes',
  notKept: 'This browser refused to keep a copy of these changes: save them before you close the app.',
  leave: {
    title: 'Leave with unsaved changes?',
    intro: 'Not saved yet:',
    save: 'Save and leave',
    discard: 'Discard and leave',
    stay: 'Stay',
    keep: 'Leave, keep the draft',
    notSaved: 'Not everything could be saved, so you are still on this page.',
    kept: 'A draft you keep is here again when you come back, on this machine, until you save or discard it.',
  },
  stale: {
    title: 'Saved elsewhere since you began these changes',
    text: 'What is saved has changed since this draft began. Saving the draft replaces it, including the other change; discarding shows what is saved now.',
    keep: 'Keep my draft',
    discard: 'Discard my draft',
  },
  labels: {
    plan: 'Plan “{{name}}”',
    newPlan: 'New plan “{{name}}”',
    scoreWeights: 'Strategic score weights',
    lifecycleRules: 'Lifecycle rules',
    segmentNames: 'Segment names',
  },
} as const;
