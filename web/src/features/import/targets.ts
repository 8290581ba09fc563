/**
 * The fields a spreadsheet column may go to, read from the server's own OpenAPI document: the body
 * `POST /api/<type>` accepts is what an import row holds (plus `id`), so every target offered here is
 * one the server's mapping check accepts, and the list follows the server when its schemas change.
 */

export const IMPORT_TYPES = [
  'persons',
  'cases',
  'events',
  'organizations',
  'proceedings',
  'legal-instruments',
  'sources',
  'citations',
  'indicators',
  'commitments',
  'asks',
  'interventions',
] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export type FieldKind = 'text' | 'number' | 'boolean' | 'enum' | 'id' | 'json';

export interface ImportField {
  /** The dotted path the mapping names: `names.0.text`. */
  path: string;
  kind: FieldKind;
  /** The values the server accepts, for an enum. */
  options: readonly string[];
  /** A whole list or object field, read as JSON from its cell. */
  whole: boolean;
  description: string | null;
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  $ref?: string;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  description?: string;
}

interface OpenApiDocument {
  paths: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } }>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export async function fetchOpenApi(): Promise<OpenApiDocument> {
  const response = await fetch('/api/openapi.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`openapi.json: HTTP ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** Slots offered for a list: a row fills the first items (a second name, a second occupation). */
const TOP_LIST_SLOTS = 3;
const NESTED_LIST_SLOTS = 1;
const MAX_SEGMENTS = 4;
/** Language-keyed texts (a biography) are offered in the interface's languages. */
const TEXT_LANGUAGES = ['en', 'ru', 'kk', 'uz'];

export function importFields(document: OpenApiDocument, type: ImportType): ImportField[] {
  const body = document.paths[`/api/${type}`]?.post?.requestBody?.content?.['application/json']?.schema;
  const root = body ? resolve(document, body) : undefined;
  const fields: ImportField[] = [
    { path: 'id', kind: 'id', options: [], whole: false, description: null },
    { path: 'ref', kind: 'text', options: [], whole: false, description: null },
  ];
  for (const [name, schema] of Object.entries(root?.properties ?? {})) {
    if (name === 'ref') continue;
    walk(document, schema, [name], fields);
  }
  return fields;
}

function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    if (current.$ref) {
      const name = current.$ref.split('/').pop() ?? '';
      current = { ...document.components?.schemas?.[name], description: current.description };
      continue;
    }
    // Nullable: `anyOf: [X, {type: null}]`; the cell may then be empty.
    const options = current.anyOf?.filter((option) => option.type !== 'null');
    if (options && options.length === 1 && options[0]) {
      current = { ...options[0], description: options[0].description ?? current.description };
      continue;
    }
    return current;
  }
  return current;
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  return schema.type;
}

function leafKind(schema: JsonSchema): FieldKind {
  if (schema.enum) return 'enum';
  // A value or its claims (`date`: "2022-01-05", or a list of sourced claims): the server reads a
  // cell that does not start like JSON as the plain value.
  if (schema.anyOf?.some((option) => typeOf(option) === 'string')) return 'text';
  const type = typeOf(schema);
  if (type === 'string') return schema.format === 'uuid' ? 'id' : 'text';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'json';
}

function walk(document: OpenApiDocument, raw: JsonSchema, segments: string[], out: ImportField[]): void {
  const schema = resolve(document, raw);
  const path = segments.join('.');
  const description = schema.description ?? null;
  const type = typeOf(schema);
  if (type === 'array' && schema.items) {
    out.push({ path, kind: 'json', options: [], whole: true, description });
    if (segments.length + 1 > MAX_SEGMENTS) return;
    const slots = segments.length === 1 ? TOP_LIST_SLOTS : NESTED_LIST_SLOTS;
    for (let slot = 0; slot < slots; slot += 1)
      walk(document, schema.items, [...segments, String(slot)], out);
    return;
  }
  if (type === 'object' && schema.properties) {
    if (segments.length === 1) out.push({ path, kind: 'json', options: [], whole: true, description });
    if (segments.length + 1 > MAX_SEGMENTS) return;
    for (const [name, member] of Object.entries(schema.properties))
      walk(document, member, [...segments, name], out);
    return;
  }
  if (type === 'object' && typeof schema.additionalProperties === 'object') {
    out.push({ path, kind: 'json', options: [], whole: true, description });
    const keys = schema.propertyNames?.enum?.map(String) ?? (isLanguageKeyed(schema) ? TEXT_LANGUAGES : []);
    for (const key of keys) walk(document, schema.additionalProperties, [...segments, key], out);
    return;
  }
  const kind = leafKind(schema);
  out.push({
    path,
    kind,
    options: kind === 'enum' ? (schema.enum ?? []).map(String) : [],
    whole: false,
    description,
  });
}

function isLanguageKeyed(schema: JsonSchema): boolean {
  return /\[a-z\]\{2,3\}/.test(JSON.stringify(schema.propertyNames ?? {}));
}

/** The record type an id field most likely points to, from its name (the user may choose another). */
export function guessRefType(path: string): ImportType {
  const last =
    path
      .split('.')
      .filter((segment) => !/^\d+$/.test(segment))
      .pop() ?? '';
  if (/^(victim|person|assessor|makerPerson)/i.test(last) && last !== 'assessorId') return 'persons';
  if (/^(organization|court|authority|assessor|makerOrganization|submittedBy)/i.test(last))
    return 'organizations';
  if (/^ask/i.test(last)) return 'asks';
  if (/^commitment/i.test(last)) return 'commitments';
  if (/^source/i.test(last)) return 'sources';
  if (/^event/i.test(last)) return 'events';
  if (/^instrument/i.test(last)) return 'legal-instruments';
  if (/^case/i.test(last)) return 'cases';
  return 'persons';
}
