/**
 * An independent model of what the person endpoints store for a body, and of how the server reads the
 * bytes it is sent, for the properties in request-body.properties.ts.
 */
import { detectScript } from '../../src/core/scripts.ts';
import { personLevels } from '../../src/modules/persons/person.schema.ts';
import type { Json } from '../support/http.ts';

export const CREATE_DEFAULTS: Json = {
  ref: null,
  sensitivity: 'internal',
  isPublished: false,
  fieldSensitivity: { ...personLevels },
  gender: null,
  birthDate: null,
  occupations: [],
  consentBasis: 'none',
  biography: null,
  notes: null,
  contacts: [],
  whereabouts: null,
  redacted: [],
};

function expectedName(name: unknown): Json {
  const n = name as { text: string; script?: string; language?: string | null; kind?: string };
  const text = n.text.trim();
  return {
    text,
    script: n.script ?? detectScript(text),
    language: n.language ?? null,
    kind: n.kind ?? 'primary',
  };
}

/** What the stored fields must be after `body` is applied to `base`: names trimmed, refs trimmed. */
export function applyBody(base: Json, body: Json): Json {
  const next = { ...base };
  for (const [key, value] of Object.entries(body)) {
    if (key === 'version') continue;
    if (key === 'names') next.names = (value as unknown[]).map(expectedName);
    else if (key === 'ref') next.ref = typeof value === 'string' ? value.trim() : value;
    else if (key === 'fieldSensitivity')
      next.fieldSensitivity = { ...(next.fieldSensitivity as Json), ...(value as Json) };
    else if (key === 'biography' && value !== null && typeof value === 'object') {
      next.biography = Object.fromEntries(
        Object.entries(value).map(([lang, text]) => [lang, String(text).trim()]),
      );
    } else next[key] = value;
  }
  return next;
}

export function withoutChangeMeta(record: Json): Json {
  const { version: _v, updatedAt: _u, updatedBy: _b, ...rest } = record;
  return rest;
}

/**
 * What the server parses: the text as it arrives in UTF-8 (a lone surrogate, say from a slip that cut a
 * pair in two, travels as U+FFFD), then JSON.parse after an optional BOM.
 */
export function parseLikeServer(text: string): { ok: true; value: unknown } | { ok: false } {
  const received = Buffer.from(text, 'utf8').toString('utf8');
  try {
    return { ok: true, value: JSON.parse(received.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
