/**
 * The schema reference (docs/schema.md), generated from the schema and the vocabulary so that it
 * cannot drift from them (a test compares docs/schema.md with this output).
 */
import type { z } from 'zod';
import {
  dateOrUnknown,
  entity,
  entityKinds,
  evidenceSelector,
  ID_PATTERN,
  kindFields,
  positions,
  interactionWeights,
  type StanceTypeSpec,
  partialDate,
  period,
  relation,
  relationTypes,
  source,
  stance,
  stanceRoles,
  stanceTypes,
} from '../../core/schema';

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  /** A pipe's two ends: the value goes in at `in`, comes out of `out`. */
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/**
 * Whether two schemas are one: a field declared `partialDate.meta({…})` is a clone of `partialDate`,
 * a different object, but a clone shares its original's definition.
 */
const same = (a: z.ZodType, b: z.ZodType) => a._zod.def === b._zod.def;

/** Unwraps optional and default, noting whether the field may be left out and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = def.defaultValue;
    } else return { inner, required, ...(fallback !== undefined ? { fallback } : {}) };
    inner = def.innerType!;
  }
}

function typeName(schema: z.ZodType): string {
  const { inner } = unwrap(schema);
  if (same(inner, partialDate)) return 'date';
  if (same(inner, dateOrUnknown)) return 'date or `unknown`';
  if (same(inner, period)) return 'period';
  if (same(inner, evidenceSelector)) return 'evidence';
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const checks = (inner._zod.def as { checks?: { _zod: { def: { pattern?: RegExp } } }[] }).checks ?? [];
      return checks.some((c) => c._zod.def.pattern?.source === ID_PATTERN.source) ? 'id' : 'text';
    }
    case 'enum':
      return 'one of the table below';
    case 'literal':
      return 'the kind';
    case 'boolean':
      return 'true/false';
    case 'union':
      return (def as unknown as { options: z.ZodType[] }).options.map(typeName).join(' or ');
    case 'object':
      // A small map is named by its fields: { by, date, via }.
      return `{ ${Object.keys((inner as z.ZodObject).shape).join(', ')} }`;
    case 'array':
      return `list of ${typeName(def.element!)}`;
    case 'pipe': {
      // Named by what comes out (a name: text made one line, then checked), or by what goes in
      // when a transform ends it.
      const out = def.out!;
      return typeName(defOf(out).type === 'transform' ? def.in! : out);
    }
    default:
      return def.type;
  }
}

/** A field's description, from its own schema or the one it wraps. */
function describe(schema: z.ZodType): string {
  let current: z.ZodType | undefined = schema;
  while (current) {
    if (current.description) return current.description;
    current = defOf(current).innerType;
  }
  return '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldTable(shape: Record<string, z.ZodType>, skip: readonly string[] = []): string[] {
  const rows = ['| field | type | required | meaning |', '|---|---|---|---|'];
  for (const [name, schema] of Object.entries(shape)) {
    if (skip.includes(name)) continue;
    const { required, fallback } = unwrap(schema);
    const need = required
      ? 'yes'
      : fallback !== undefined
        ? `no (default ${JSON.stringify(fallback)})`
        : 'no';
    const meaning = name === 'kind' ? 'The kind of entity (table below)' : describe(schema);
    rows.push(
      `| \`${name}\` | ${name === 'kind' ? 'one of the table below' : typeName(schema)} | ${need} | ${cell(meaning)} |`,
    );
  }
  return rows;
}

const shapeOf = (s: z.ZodType) =>
  (s as unknown as z.ZodObject<z.ZodRawShape>).shape as Record<string, z.ZodType>;
const kinds = (list: readonly string[]) =>
  list.length === Object.keys(entityKinds).length ? 'any' : list.map((k) => `\`${k}\``).join(', ');

export function schemaReference(): string {
  const baseEntity = shapeOf(entity.options[0]);
  const lines: string[] = [
    'A data file is YAML with any of four lists: `sources`, `entities`, `relations`, `stances`. Ids are global across files.',
    '',
    '## Sources',
    '',
    ...fieldTable(shapeOf(source)),
    '',
    '## Entities',
    '',
    'Every entity has these fields:',
    '',
    ...fieldTable(baseEntity, Object.keys(kindFields.state)),
    '',
    'and those of its kind:',
    '',
    '| kind | meaning | own fields |',
    '|---|---|---|',
    ...Object.entries(entityKinds).map(([k, spec]) => {
      const own = Object.entries(kindFields[k as keyof typeof kindFields] as Record<string, z.ZodType>)
        .map(([name, s]) => `\`${name}\` (${typeName(s)}): ${describe(s)}`)
        .join('; ');
      return `| \`${k}\` | ${cell(spec.label)}: ${cell(spec.description)} | ${cell(own) || '—'} |`;
    }),
    '',
    '## Relations',
    '',
    ...fieldTable(shapeOf(relation)),
    '',
    '| type | label | from | to | meaning |',
    '|---|---|---|---|---|',
    ...Object.entries(relationTypes).map(
      ([t, spec]) =>
        `| \`${t}\` | ${spec.label} | ${kinds(spec.from)} | ${kinds(spec.to)} | ${cell(spec.description)}${'title' in spec ? ` (title ${spec.title})` : ''} |`,
    ),
    '',
    '## Stances',
    '',
    ...fieldTable(shapeOf(stance)),
    '',
    'Roles and the kinds that may fill them: ' +
      Object.entries(stanceRoles)
        .map(([role, list]) => `\`${role}\`: ${kinds(list)}`)
        .join('; ') +
      '.',
    '',
    '| type | label | CAMEO code | Goldstein | default position | meaning |',
    '|---|---|---|---|---|---|',
    ...Object.entries(stanceTypes).map(([t, s]) => {
      const spec: StanceTypeSpec = s;
      const goldstein = `${spec.goldstein > 0 ? '+' : ''}${spec.goldstein}`;
      return `| \`${t}\` | ${spec.label} | ${spec.cameo} ${spec.cameoLabel} | ${goldstein} | ${spec.position ?? '(required)'} | ${cell(spec.description)} |`;
    }),
    '',
    '| position | meaning |',
    '|---|---|',
    ...Object.entries(positions).map(([p, meaning]) => `| \`${p}\` | ${cell(meaning)} |`),
    '',
    `Interaction weight: the type's Goldstein value, × ${interactionWeights.negated} when negated, × ${interactionWeights.hedged} when hedged, × ${interactionWeights.conditional} with a condition, × ${interactionWeights.reported} when reported; background claims count 0.`,
    '',
    '## Evidence quotes and periods',
    '',
    ...fieldTable(shapeOf(evidenceSelector)),
    '',
    ...fieldTable(shapeOf(period as unknown as z.ZodType)),
  ];
  return lines.join('\n');
}
