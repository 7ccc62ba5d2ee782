import { Tour } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { closeTour, goToTourStep, startTourIfFirstLaunch, useHelpState } from './helpStore';
import { TOUR_STEPS } from './tourSteps';

/**
 * Above the app shell (100), below modals and drawers (200): the glossary, opened with F1 during
 * the tour, comes over it.
 */
const TOUR_Z_INDEX = 150;

/**
 * The first-run tour of the workflow, built on Mantine's Tour: shown once at the first launch on
 * this machine, and again whenever it is asked for from the help button. Skip, Done and Escape
 * all close it for good.
 */
export function WorkflowTour() {
  const { t } = useTranslation('help');
  const { tour, glossary } = useHelpState();

  useEffect(startTourIfFirstLaunch, []);

  return (
    <Tour
      // Hidden, not closed, while the glossary is open over it; it comes back at the same step.
      active={tour.open && !glossary.open}
      step={tour.step}
      onStepChange={goToTourStep}
      onClose={closeTour}
      zIndex={TOUR_Z_INDEX}
      maxWidth={360}
      styles={{ stepCounter: { whiteSpace: 'nowrap' } }}
      spotlightPadding={4}
      spotlightRadius={8}
      overlayColor="rgba(15, 23, 42, 0.55)"
      tooltipShadow="xl"
      // Skip closes at every step; Mantine would label a corner × with the last step's "Done".
      withCloseButton={false}
      labels={{
        skip: t('tour.skip'),
        back: t('tour.back'),
        next: t('tour.next'),
        close: t('tour.done'),
        stepCounter: (current, total) => t('tour.stepCounter', { current, total }),
      }}
      attributes={{ tooltip: { 'data-testid': 'tour' } }}
      data-testid="tour-root"
    >
      {TOUR_STEPS.map((step) => (
        <Tour.Step key={step.id} target={step.target} position={step.position} title={t(`tour.steps.${step.id}.title`)}>
          {t(`tour.steps.${step.id}.body`)}
        </Tour.Step>
      ))}
    </Tour>
  );
}
