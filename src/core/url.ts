import { z } from 'zod';

/** A web address users may follow: http or https only, so no javascript: or file: link is stored. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    'must be an http(s) URL',
  );
