import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { listOrgs } from './user.operations.ts';

/**
 * The coalition's organizations by name, for members choosing whom to share with or send a letter
 * to. A partner sees only its own: one partner learns no other partner's name from Docket.
 */

const directoryEntrySchema = z.object({ id: z.string(), name: z.string() });

export async function orgDirectory(
  ctx: OperationContext,
): Promise<Array<z.infer<typeof directoryEntrySchema>>> {
  const { actor } = ctx;
  const all = (await listOrgs(ctx)).map(({ id, name }) => ({ id, name }));
  if (actor.kind === 'user' && (actor.role === 'partner' || !actor.role)) {
    return all.filter((org) => org.id === actor.orgId);
  }
  return all;
}

export function registerOrgDirectoryRoute(app: FastifyInstance, context: RequestContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/orgs',
    {
      schema: {
        tags: ['Accounts'],
        summary: 'The coalition’s organizations (id and name), for members choosing recipients',
        response: {
          200: z.object({ items: z.array(directoryEntrySchema) }),
          401: problemSchema,
        },
      },
    },
    async (request) => ({ items: await orgDirectory(context(request)) }),
  );
}
