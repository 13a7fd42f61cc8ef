import { parseModel, summary, type Summary } from '../../lib/cnn/index.ts';
import { weightedDepth } from '../../lib/diagram/depth.ts';
import { networkFacts, presetOf } from './load-network.ts';
import type { NetworkFacts } from './network.ts';

/** One network of the chart: its facts, the engine's summary of its preset, and its depth. */
export interface ChartNetwork {
	readonly network: NetworkFacts;
	readonly s: Summary;
	readonly depth: number;
}

/**
 * The explorer's networks summarised by the engine from the preset registry, in order of year:
 * what the chart of all six draws, computed at build time by `NetworkChart.astro`.
 */
export async function chartData(): Promise<ChartNetwork[]> {
	const networks = [...networkFacts()].sort((a, b) => a.year - b.year);
	return Promise.all(
		networks.map(async (network) => {
			const s = summary(parseModel(await presetOf(network.id).load()));
			return { network, s, depth: weightedDepth(s) };
		}),
	);
}
