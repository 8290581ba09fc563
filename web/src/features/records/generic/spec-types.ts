import type { z } from 'zod';
import type { ItemField } from '../cases/ItemsInput.tsx';
import type { RecordSegment } from '../shared/types.ts';

/** One control of a form described by data: what it edits and how. */
export type FieldSpec =
  | {
      field: string;
      control: 'names' | 'country' | 'date' | 'text' | 'textarea' | 'url' | 'source' | 'language';
      required?: boolean;
    }
  /** Text by language; a required one starts with a box in the interface language. */
  | { field: string; control: 'localized'; required?: boolean }
  | { field: string; control: 'enum'; group: string; options: readonly string[]; required?: boolean }
  /** Several values of one enum (issue areas), labelled from the `vocabulary` group. */
  | { field: string; control: 'enums'; group: string; options: readonly string[] }
  /** Free words, one per entry (places, recommending states). */
  | { field: string; control: 'words' }
  /** Country codes, one per entry (the countries an engagement concerns). */
  | { field: string; control: 'countries'; required?: boolean }
  | { field: string; control: 'record'; segment: RecordSegment; required?: boolean }
  | { field: string; control: 'records'; segment: RecordSegment }
  | { field: string; control: 'figures' }
  /** A UN recommendation's mechanism, cycle, recommending states and the state's response. */
  | { field: string; control: 'un-recommendation' }
  | { field: string; control: 'items'; items: readonly ItemField[]; blank: Record<string, unknown> };

export interface TypeSpec {
  fields: readonly FieldSpec[];
  initial: Record<string, unknown>;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  /**
   * Keeps fields that depend on one another consistent as the user edits: given the draft after a
   * change to `field`, the draft to show (a commitment that stops being a UN recommendation loses
   * its mechanism, which only UN recommendations may have).
   */
  adjust?: (draft: Record<string, unknown>, field: string) => Record<string, unknown>;
}
