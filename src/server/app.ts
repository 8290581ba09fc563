import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type OperationContext, operator } from '../core/context.ts';
import { type DocketDatabase, databaseVersion, pendingMigrations } from '../db/database.ts';
import { caseRoutes } from '../modules/cases/case.routes.ts';
import { citationRoutes } from '../modules/citations/citation.routes.ts';
import { eventRoutes } from '../modules/events/event.routes.ts';
import { registerExportRoutes } from '../modules/export/export.routes.ts';
import { registerImportRoutes } from '../modules/import/import.routes.ts';
import { indicatorRoutes } from '../modules/indicators/indicator.routes.ts';
import { legalInstrumentRoutes } from '../modules/legal-instruments/legal-instrument.routes.ts';
import { organizationRoutes } from '../modules/organizations/organization.routes.ts';
import { personRoutes } from '../modules/persons/person.routes.ts';
import { proceedingRoutes } from '../modules/proceedings/proceeding.routes.ts';
import { sourceRoutes } from '../modules/sources/source.routes.ts';
import { PACKAGE_VERSION } from '../version.ts';
import { landingPage } from './landing-page.ts';
import { assertUtf8Body, clientErrorHandler, installProblemHandlers } from './problem.ts';
import { registerRecordRoutes } from './record-routes.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  database: DocketDatabase;
  logger?: FastifyServerOptions['logger'];
  clock?: () => Date;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, clientErrorHandler });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);
  // The API speaks JSON only; anything else is a 415, not a string the schemas then reject.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => assertUtf8Body(request.headers['content-type']));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Docket API',
        version: PACKAGE_VERSION,
        description:
          'Evidence, commitments and advocacy for human-rights work. Errors are RFC 9457 problem+json; ' +
          'every record carries a version, and an update with a stale version gets 409.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // Until accounts exist every request acts as the local operator (the server binds to loopback).
  const context = (): OperationContext => ({
    actor: operator,
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? (() => new Date()),
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['System'],
        summary: 'Liveness and database status',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.object({
              dialect: z.enum(['sqlite', 'postgres']),
              version: z.string(),
              pendingMigrations: z.number(),
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: PACKAGE_VERSION,
      database: {
        dialect: database.dialect,
        version: await databaseVersion(database),
        pendingMigrations: (await pendingMigrations(database)).length,
      },
    }),
  );
  api.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  api.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(landingPage()),
  );

  registerRecordRoutes(app, personRoutes, context);
  registerRecordRoutes(app, sourceRoutes, context);
  registerRecordRoutes(app, citationRoutes, context);
  registerRecordRoutes(app, organizationRoutes, context);
  registerRecordRoutes(app, legalInstrumentRoutes, context);
  registerRecordRoutes(app, indicatorRoutes, context);
  registerRecordRoutes(app, eventRoutes, context);
  registerRecordRoutes(app, caseRoutes, context);
  registerRecordRoutes(app, proceedingRoutes, context);
  registerExportRoutes(app, context);
  registerImportRoutes(app, context);
  await app.ready();
  return app;
}
