import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { rebaseFieldErrors } from '../core/errors.ts';
import { citableKinds } from '../modules/citations/citable-kinds.ts';
import { search } from '../modules/search/search.operations.ts';
import type { SearchResult } from '../modules/search/search.schema.ts';
import { rebuildSearchIndex } from '../modules/search/search-rebuild.ts';
import { withOperatorContext } from '../runtime.ts';
import { type AudienceOptions, addAudienceOptions, audienceContext } from './audience.ts';

interface SearchOptions extends AudienceOptions {
  type?: string;
  country?: string;
  order?: string;
  limit?: string;
  json?: boolean;
}

const OPTION_OF: Record<string, string> = { q: 'QUERY', type: '--type', country: '--country' };

/** `docket search`: the same search as the API, as the operator or as a readership would see it. */
export function registerSearchCommand(program: Command, config: () => Config): void {
  const command = program
    .command('search')
    .description('Find records and document pages: words (any form), "a phrase", or a prefix*')
    .argument('<query...>', 'what to look for')
    .option('--type <types>', 'only these record types, comma-separated (person,case,source,…)')
    .option('--country <codes>', 'only these countries, comma-separated (KZ,UZ)')
    .option('--order <order>', 'relevance or date', 'relevance')
    .option('--limit <n>', 'how many hits to show', '20')
    .option('--json', 'print the result as JSON');
  addAudienceOptions(command).action((words: string[], options: SearchOptions) =>
    withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const result = await search(ctx, {
        q: words.join(' '),
        ...(options.type ? { type: options.type } : {}),
        ...(options.country ? { country: options.country } : {}),
        order: options.order,
        limit: options.limit,
      }).catch((error: unknown) => {
        throw rebaseFieldErrors(error, (path) => OPTION_OF[path] ?? `--${path}`);
      });
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderHits(result));
    }),
  );
  program
    .command('search-reindex')
    .description('Rebuild the search index from the records (after an upgrade it is rebuilt at start-up)')
    .action(() =>
      withOperatorContext(config(), async (ctx) => {
        const kinds = Object.values(citableKinds);
        const total = await rebuildSearchIndex(ctx, kinds, (done, kind) => {
          process.stderr.write(`\rindexing ${kind}s… ${done} records`);
        });
        process.stderr.write(`\rsearch index rebuilt: ${total} records\n`);
      }),
    );
}

export function renderHits(result: SearchResult): string {
  const count = `${result.count.toLocaleString('en')}${result.more ? '+' : ''}`;
  const lines = [`${count} ${result.count === 1 && !result.more ? 'hit' : 'hits'}`];
  for (const hit of result.hits) {
    const where = hit.page === null ? '' : ` p. ${hit.page}`;
    const snippet = hit.snippet.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('');
    lines.push('', `${hit.recordType}${where}  ${hit.title || '(name withheld)'}  ${hit.recordId}`);
    if (snippet) lines.push(`  ${snippet}`);
  }
  return `${lines.join('\n')}\n`;
}
