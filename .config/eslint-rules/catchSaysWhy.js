// @ts-check
/**
 * lw/catch-says-why: a caught error is handled for a stated reason, or reported, or thrown on;
 * never dropped without a word. A `catch` clause (or a promise's `.catch(handler)`) passes when
 * it throws, when it uses the error it caught (reports, logs, inspects or converts it), or when a
 * comment inside it (for `.catch`, on the lines of the call) says why dropping it is safe.
 * Issue 15: a stack overflow swallowed by a bare catch silently changed a test's result.
 */

/** @typedef {import('eslint').Rule.Node} Node */

/** Whether `root` throws, outside any function nested in it (which would throw for itself). */
function throwsWithin(/** @type {any} */ root, /** @type {Record<string, readonly string[]>} */ keys) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node.type !== 'string') continue;
    if (node.type === 'ThrowStatement') return true;
    if (node !== root && /Function/.test(node.type)) continue;
    for (const key of keys[node.type] ?? []) {
      const child = node[key];
      if (Array.isArray(child)) stack.push(...child);
      else if (child) stack.push(child);
    }
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'A caught error is thrown on, used (reported, logged, converted), or dropped with a comment saying why that is safe.' },
    schema: [],
    messages: {
      silentCatch: 'This catch drops its error without a word: throw it on, report it, or say in a comment inside the block why dropping it is safe.',
      silentHandler: 'This .catch handler drops its error without a word: report it, or say in a comment on these lines why dropping it is safe.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const keys = /** @type {Record<string, readonly string[]>} */ (sourceCode.visitorKeys);
    const used = (/** @type {Node} */ node) => sourceCode.getDeclaredVariables(node).some((v) => v.defs.some((d) => d.type === 'CatchClause' || d.type === 'Parameter') && v.references.length > 0);
    return {
      CatchClause(node) {
        if (used(node) || throwsWithin(node.body, keys) || sourceCode.getCommentsInside(node.body).length > 0) return;
        context.report({ node, messageId: 'silentCatch' });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'catch') return;
        const handler = node.arguments[0];
        if (!handler || (handler.type !== 'ArrowFunctionExpression' && handler.type !== 'FunctionExpression')) return;
        if (used(handler) || throwsWithin(handler.body, keys)) return;
        const first = node.loc?.start.line ?? 0;
        const last = node.loc?.end.line ?? 0;
        const explained = sourceCode.getAllComments().some((c) => (c.loc?.start.line ?? -1) >= first && (c.loc?.start.line ?? -1) <= last);
        if (!explained) context.report({ node: handler, messageId: 'silentHandler' });
      },
    };
  },
};
