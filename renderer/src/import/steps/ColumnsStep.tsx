import type { ImportWizard } from '../useImportWizard';
import { AttributeColumns } from './AttributeColumns';
import { TransactionColumns } from './TransactionColumns';

/** Step 3: what each column is, for the kind of file chosen in step 1. */
export function ColumnsStep({ wizard }: { wizard: ImportWizard }) {
  const { preview, mapping, attributes } = wizard;
  if (!preview) return null;
  const attempted = wizard.attempted.has('columns');
  if (wizard.kind === 'transactions') {
    return mapping && <TransactionColumns preview={preview} mapping={mapping} onChange={wizard.setMapping} attempted={attempted} />;
  }
  return attributes && <AttributeColumns preview={preview} draft={attributes} onChange={wizard.setAttributes} attempted={attempted} />;
}
