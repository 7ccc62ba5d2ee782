import { workspacePathSchema } from '../../../shared/contract/schemas';

/** The schema's own message for a typed path, or null when the backend would accept it. */
export function workspacePathError(typed: string): string | null {
  const result = workspacePathSchema.safeParse(typed);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This is not a valid workspace path.');
}
