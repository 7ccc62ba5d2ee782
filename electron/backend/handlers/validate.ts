import { BackendError } from '../../../shared/contract/errors';
import { argSchemas, isMethodName, METHOD_NAMES, type MethodName, type ValidArgs } from '../../../shared/contract/schemas';

/**
 * Checks an untrusted call from the UI: the method must exist and its arguments must pass the
 * shared schema. The error names each field at fault and why.
 */
export function validateCall(method: unknown, args: unknown): { method: MethodName; args: ValidArgs<MethodName> } {
  if (!isMethodName(method)) {
    throw new BackendError('unknown-method', `There is no backend method called ${JSON.stringify(method)}.`, `Known methods: ${METHOD_NAMES.join(', ')}.`);
  }
  const parsed = argSchemas[method].safeParse(args ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'arguments'}: ${i.message}`);
    throw new BackendError('invalid-arguments', `${method} was called with invalid arguments. ${problems.join(' ')}`, null);
  }
  return { method, args: parsed.data };
}
