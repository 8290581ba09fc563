import type { FastifyRequest } from 'fastify';
import type { OperationContext } from '../core/context.ts';

/** The operation context of one request: its caller as the actor, the app's database and clock. */
export type RequestContext = (request: FastifyRequest) => OperationContext;
