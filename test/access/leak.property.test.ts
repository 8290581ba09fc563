import { describeLeakProperties } from './leak.properties.ts';

// 50 random worlds per property keep `npm test` quick (each run draws new ones); the deep suite
// (leak.property.deep.test.ts, `npm run test:deep`) walks 5000, as does `DOCKET_DEEP=1` on this file.
describeLeakProperties({ numRuns: process.env.DOCKET_DEEP ? 5000 : 50 });
