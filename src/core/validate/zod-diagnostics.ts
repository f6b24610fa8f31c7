/** Turns zod issues into located diagnostics that say what was expected and what was found. */
import type { z } from 'zod';
import { describeValue, formatPath, quoteList, type Diagnostic } from './diagnostic';
import type { DataPath, Locator } from './locator';
import { suggest } from './suggest';

export interface IssueContext {
  file: string;
  /** Path of the item the schema parsed, within the file: ["stances", 3]. */
  basePath: DataPath;
  /** The raw item, to show what was found. */
  raw: unknown;
  locator: Locator;
  /** Field names allowed at a path within the item, for unknown-field suggestions. */
  allowedKeys: (path: DataPath) => readonly string[];
  /** What a field is for, from its schema's description. */
  describeField: (path: DataPath) => string | undefined;
}

const typeNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  date: 'a date',
};

function valueAt(raw: unknown, path: DataPath): unknown {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Our own messages are "expected" phrases; zod's defaults start with a capital "Invalid"/"Too". */
function isOwnMessage(message: string): boolean {
  return !/^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}

const enumCodes: Record<string, string> = {
  kind: 'unknown-kind',
  type: 'unknown-type',
  position: 'unknown-position',
};

export function zodIssueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const relPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const fullPath = [...ctx.basePath, ...relPath];
  const found = valueAt(ctx.raw, relPath);
  const make = (code: string, message: string, at = ctx.locator.value(fullPath), path = fullPath) => ({
    severity: 'error' as const,
    code,
    file: ctx.file,
    line: at.line,
    column: at.column,
    path: formatPath(path),
    message,
  });

  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) {
        const field = relPath[relPath.length - 1];
        const what = ctx.describeField(relPath);
        const expected = `${typeNames[issue.expected] ?? issue.expected}${what ? ` (${what.charAt(0).toLowerCase()}${what.slice(1)})` : ''}`;
        return [
          make(
            'missing-field',
            `missing required field "${String(field)}": expected ${expected}, found nothing`,
            ctx.locator.value(fullPath.slice(0, -1)),
          ),
        ];
      }
      return [
        make(
          'wrong-type',
          `expected ${typeNames[issue.expected] ?? issue.expected}, found ${describeValue(found)}`,
        ),
      ];
    }
    case 'invalid_value':
    case 'invalid_union': {
      const options =
        issue.code === 'invalid_value'
          ? issue.values.map(String)
          : ((issue as { options?: unknown[] }).options ?? []).map(String);
      if (options.length > 0) {
        const field = String(relPath[relPath.length - 1] ?? '');
        const code = found === undefined ? 'missing-field' : (enumCodes[field] ?? 'unknown-value');
        const suggestions =
          typeof found === 'string'
            ? suggest(
                found,
                options.map((o) => ({ id: o, name: o })),
              )
            : [];
        const hint = suggestions.length ? `; did you mean ${quoteList(suggestions)}?` : '';
        return [
          {
            ...make(code, `expected one of ${quoteList(options)}, found ${describeValue(found)}${hint}`),
            ...(suggestions.length ? { suggestions } : {}),
          },
        ];
      }
      const expected = isOwnMessage(issue.message) ? issue.message : 'a value of another form';
      return [make('wrong-type', `expected ${expected}, found ${describeValue(found)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = ctx.allowedKeys(relPath);
        const suggestions = suggest(
          key,
          allowed.map((k) => ({ id: k, name: k })),
          1,
        );
        const hint = suggestions.length ? `; did you mean "${suggestions[0]}"?` : '';
        const keyPath = [...fullPath, key];
        return {
          ...make(
            'unknown-field',
            `unknown field "${key}": expected one of ${quoteList(allowed)}${hint}`,
            ctx.locator.key(keyPath),
            keyPath,
          ),
          ...(suggestions.length ? { suggestions } : {}),
        };
      });
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      let expected: string;
      if (isOwnMessage(issue.message)) expected = issue.message;
      else if (issue.origin === 'string')
        expected =
          issue.code === 'too_small'
            ? `a text of at least ${bound} characters`
            : `a text of at most ${bound} characters`;
      else if (issue.origin === 'array')
        expected =
          issue.code === 'too_small'
            ? `a list of at least ${bound} items`
            : `a list of at most ${bound} items`;
      else expected = issue.code === 'too_small' ? `a number ≥ ${bound}` : `a number ≤ ${bound}`;
      const shown =
        typeof found === 'string' && found.length > 200
          ? `a text of ${found.length} characters`
          : describeValue(found);
      return [
        make(issue.code === 'too_big' ? 'too-long' : 'too-short', `expected ${expected}, found ${shown}`),
      ];
    }
    case 'invalid_format':
      return [
        make(
          'wrong-format',
          `expected ${isOwnMessage(issue.message) ? issue.message : `a text in the ${issue.format} format`}, found ${describeValue(found)}`,
        ),
      ];
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: string; found?: string };
      const shown = params.found ?? describeValue(found);
      return [make(params.rule ?? 'invalid', `expected ${issue.message}, found ${shown}`)];
    }
    default:
      return [make('invalid', `${issue.message}, found ${describeValue(found)}`)];
  }
}
