import { z } from 'zod';
import { languageTagSchema } from './language.ts';
import { detectScript } from './scripts.ts';

/**
 * A name as people and organizations carry them: several, in several scripts and transliterations,
 * each with its kind. The script is guessed from the letters when the user does not give it.
 */
export const nameKindSchema = z.enum(['primary', 'alias', 'former']);

export const nameSchema = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(300),
    script: z
      .string()
      .regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Cyrl or Latn')
      .optional()
      .describe('ISO 15924 script; guessed from the letters when left out'),
    language: languageTagSchema.nullable().optional(),
    kind: nameKindSchema.default('primary'),
  })
  .strict()
  .transform((name) => ({
    text: name.text,
    script: name.script ?? detectScript(name.text),
    language: name.language ?? null,
    kind: name.kind,
  }));

export const storedNameSchema = z
  .object({
    text: z.string(),
    script: z.string(),
    language: z.string().nullable(),
    kind: nameKindSchema,
  })
  .strict();

/** At least one name, one of them primary. */
export const namesSchema = z
  .array(nameSchema)
  .min(1, 'give at least one name')
  .max(50)
  .refine((names) => names.some((n) => n.kind === 'primary'), 'at least one name must be primary');

export type Name = z.infer<typeof storedNameSchema>;

/** The name to show: the first primary one. */
export function displayName(names: readonly Name[]): string {
  return (names.find((n) => n.kind === 'primary') ?? names[0])?.text ?? '';
}
