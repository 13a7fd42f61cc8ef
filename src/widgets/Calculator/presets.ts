import type { ModelJson } from '../../lib/cnn/index.ts';
import { exercise2 } from '../../lib/cnn/presets/exercise2.ts';

/**
 * Exercise 2's model, at once, for code that runs at build time and cannot await the registry:
 * the self-check questions of questions 2 and 3 (`SelfCheck/questions/ch14-0[23].ts`) compute
 * their answers from it. Nothing in the calculator uses it: its islands must not reach this
 * module, or the bundler would put the preset in their first download. Once the self-checks call
 * the engine's `exercise2()` themselves, this module can go.
 */
export const EXERCISE2: ModelJson = exercise2();
