import { describeLeakProperties } from './leak.properties.ts';

// `npm run test:deep`: the same properties as leak.property.test.ts, 5000 worlds each.
describeLeakProperties({ numRuns: 5000 });
