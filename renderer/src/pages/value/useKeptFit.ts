import { useTranslation } from 'react-i18next';
import type { ValidateRequest } from '../../../../shared/contract/analysisSchemas';
import type { KeptFit } from '../../../../shared/domain/analysisResults';
import type { ModelValidation } from '../../../../shared/domain/modelValidation';
import { invoke } from '../../backend/client';
import { useJobResult } from '../../jobs/useJobResult';
import { useKeptResult } from '../../results/useKeptResult';

const FIT = { kind: 'fit' } as const;

export interface KeptFitState {
  /** The fit to show: the workspace's kept one, else the answer of a run whose keeping could not be read. */
  validation: ModelValidation | null;
  kept: KeptFit | null;
  /** The kept fit has been asked for (so "never fitted" can be told from "loading"). */
  loaded: boolean;
  running: boolean;
  fit(request: ValidateRequest): void;
}

/**
 * The workspace's model fit: the one kept in the workspace (with when it was made and whether it
 * still stands), and a new fit, kept by the backend as it finishes and then read back, so that
 * the page shows the same thing now, after a visit elsewhere and after a restart.
 */
export function useKeptFit(scope: string): KeptFitState {
  const { t } = useTranslation('value');
  const job = useJobResult<ModelValidation>(scope, t('fitting'));
  const { kept, loaded, reload } = useKeptResult(scope, FIT);
  return {
    validation: kept?.result ?? job.result,
    kept,
    loaded,
    running: job.running,
    fit: (request) => job.run(() => invoke('models.validate', request).finally(reload)),
  };
}
