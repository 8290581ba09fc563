import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { rebaseFieldErrors } from '../core/errors.ts';
import { findOrg } from '../modules/access/user.store.ts';
import {
  type GeneratedDocument,
  generateBriefing,
  generateLetter,
} from '../modules/briefings/briefing-output.ts';
import { withOperatorContext } from '../runtime.ts';
import { usageError } from './output.ts';

/**
 * `docket brief` and `docket letter`: a briefing or a letter for an engagement (or countries) as of
 * a day, for an audience, written to a file or standard output. The operator reads everything;
 * `--audience` decides what the document may show, exactly as through the API.
 */

interface DocumentOptions {
  asOf?: string;
  format: string;
  out?: string;
  audience: string;
  org?: string[];
  country?: string[];
  ask?: string[];
  language: string;
  template?: string;
  addressee?: string[];
  salutation?: string;
}

const OPTION_OF: Record<string, string> = {
  asOf: '--as-of',
  format: '--format',
  audience: '--audience',
  recipientOrgIds: '--org',
  countries: '--country',
  askIds: '--ask',
  language: '--language',
  template: '--template',
  addressee: '--addressee',
  salutation: '--salutation',
  engagementId: 'ENGAGEMENT',
};

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function documentCommand(program: Command, name: string, description: string): Command {
  return program
    .command(`${name} [engagement]`)
    .description(description)
    .option('--as-of <day>', 'what had happened by this day, YYYY-MM-DD (default today)')
    .option('--format <format>', 'md, html, docx or pdf', 'md')
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .option('--audience <audience>', 'internal, partner or public: what the document may show', 'internal')
    .option(
      '--org <org>',
      'with --audience partner: a recipient organization, by id or name; repeat',
      collect,
    )
    .option('--country <code>', 'a country, e.g. KZ; repeat (default: the engagement’s)', collect)
    .option('--ask <id>', 'an ask to include; repeat (default: the engagement’s agenda)', collect)
    .option('--language <language>', 'en or ru', 'en');
}

async function recipientIds(ctx: OperationContext, orgs: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const org of orgs) {
    const found = await findOrg(ctx.db, org);
    if (!found) throw usageError('org', `no organization "${org}"`);
    ids.push(found.id);
  }
  return ids;
}

async function requestOf(ctx: OperationContext, engagement: string | undefined, options: DocumentOptions) {
  return {
    ...(engagement ? { engagementId: engagement } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.country ? { countries: options.country } : {}),
    ...(options.ask ? { askIds: options.ask } : {}),
    format: options.format,
    audience: options.audience,
    recipientOrgIds: await recipientIds(ctx, options.org ?? []),
    language: options.language,
  };
}

async function write(doc: GeneratedDocument, out: string | undefined): Promise<void> {
  if (out) {
    await writeFile(out, doc.body);
    process.stderr.write(`wrote ${out} (${doc.body.length} bytes)\n`);
  } else {
    process.stdout.write(doc.body);
  }
}

export function registerBriefingCommands(program: Command, config: () => Config): void {
  documentCommand(program, 'brief', 'A briefing for an engagement (or --country) as of a day').action(
    (engagement: string | undefined, options: DocumentOptions) =>
      withOperatorContext(config(), async (ctx) => {
        const doc = await generateBriefing(ctx, await requestOf(ctx, engagement, options)).catch(
          (error: unknown) => {
            throw rebaseFieldErrors(error, (path) => OPTION_OF[path.split('.')[0] ?? path] ?? path);
          },
        );
        await write(doc, options.out);
      }),
  );
  documentCommand(program, 'letter', 'A letter drafted from a template and the data as of a day')
    .option('--template <name>', 'a built-in template', 'coalition-letter')
    .option(
      '--addressee <line>',
      'a line of the addressee block; repeat (default: the lead delegate)',
      collect,
    )
    .option('--salutation <text>', 'e.g. "Secretary Blinken"')
    .action((engagement: string | undefined, options: DocumentOptions) =>
      withOperatorContext(config(), async (ctx) => {
        const request = {
          ...(await requestOf(ctx, engagement, options)),
          ...(options.template ? { template: options.template } : {}),
          ...(options.addressee ? { addressee: options.addressee } : {}),
          ...(options.salutation ? { salutation: options.salutation } : {}),
        };
        const doc = await generateLetter(ctx, request).catch((error: unknown) => {
          throw rebaseFieldErrors(error, (path) => OPTION_OF[path.split('.')[0] ?? path] ?? path);
        });
        await write(doc, options.out);
      }),
    );
}
