/** The JSON Schema of a data file, for editors (YAML language server, VS Code) to complete and check. */
import { z } from 'zod';
import { dataFile } from './data-file';

export const JSON_SCHEMA_ID = 'https://stancegraph.invalid/schema/stancegraph.schema.json';

export function dataFileJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a person writes (dates as strings or years), not what zod returns.
  const schema = z.toJSONSchema(dataFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: JSON_SCHEMA_ID };
}
