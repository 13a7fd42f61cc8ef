/**
 * The lab's numeric core: a small CNN trainer over the engine's model format. Pure TypeScript
 * with no dependency, so it runs in a Web Worker and stays small; see README.md.
 */
export { TrainingError, type TrainingErrorCode } from './errors.ts';
export { createTrainer, evaluate, type Evaluation, type StepResult, type Trainer } from './fit.ts';
export {
	createNetwork,
	MAX_PARAMS,
	type BatchResult,
	type Network,
	type NetworkOptions,
} from './network.ts';
export type { Op, Param } from './ops.ts';
export { adam, sgd, type Optimizer } from './optimizers.ts';
export { createRandom, shuffle, type Random } from './random.ts';
