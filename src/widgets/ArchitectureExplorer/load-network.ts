import { parseModel, summary, working, type ModelJson } from '../../lib/cnn/index.ts';
import { CAPTIONS, signatureBlock } from './blocks.ts';
import type { LazyNetworkId, LoadedNetwork } from './networks.ts';
import { stagePaths } from './stages.ts';

/**
 * Summarises a network a reader picked, with its signature block and stages. This module and
 * what it imports (the engine, the blocks, the stage tables) load on the first pick, together
 * with the preset; until then the page draws LeNet-5 from `lenet-data.ts` and ships no engine.
 */
export function summariseNetwork(id: LazyNetworkId, json: ModelJson): LoadedNetwork {
	const s = summary(parseModel(json));
	const paths = stagePaths(
		id,
		s.layers.map((row) => row.name),
	);
	const caption = { en: CAPTIONS.en[id], id: CAPTIONS.id[id] };
	return { id, s, sig: summary(parseModel(signatureBlock(id))), paths, caption, working };
}
