import { describeRequestBodyProperties } from './request-body.properties.ts';

describeRequestBodyProperties({ numRuns: 150 });
