import { lowerHashingCostForTests } from '../../src/modules/access/password.ts';

// Every suite creates users; production Argon2id costs ≈ 50 ms a hash. The password tests that
// assert the production parameters hash with them explicitly.
lowerHashingCostForTests();
