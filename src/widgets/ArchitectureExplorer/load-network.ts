import { parseModel, summary, working, type Summary } from '../../lib/cnn/index.ts';
import { findPreset } from '../../lib/cnn/presets/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { signatureBlock } from './blocks.ts';
import {
	NETWORK_IDS,
	type LoadedNetwork,
	type NetworkFacts,
	type NetworkId,
	type WorkingTable,
} from './network.ts';
import { stagePaths } from './stages.ts';

/**
 * The explorer's side of the engine: a network from the preset registry, summarised with its
 * signature block, stages and working. `ArchitectureExplorer.astro` runs it at build time for the
 * default network; the island loads this module (and with it the engine) on the reader's first
 * interaction, for the networks a reader picks.
 */

/** A preset of the registry, or an error naming it: the explorer shows only registered presets. */
export function presetOf(id: NetworkId) {
	const found = findPreset(id);
	if (!found) throw new Error(`The explorer shows “${id}”, which is not in the preset registry.`);
	return found;
}

/**
 * The facts the explorer prints for each of its networks, from the registry. A preset without a
 * year or a paper is an error at build time rather than a blank on the page.
 */
export function networkFacts(): NetworkFacts[] {
	return NETWORK_IDS.map((id) => {
		const p = presetOf(id);
		if (p.year === undefined || p.paper === undefined) {
			throw new Error(`Preset “${id}” needs a year and a paper to be shown in the explorer.`);
		}
		const facts = { id, name: p.shortName ?? p.name, year: p.year, paper: p.paper };
		return p.top5 === undefined ? facts : { ...facts, top5: p.top5 };
	});
}

/** The engine's working of every layer with parameters, in one language. */
export function workingTable(s: Summary, lang: Lang): WorkingTable {
	return Object.fromEntries(
		s.layers.filter((row) => row.params > 0).map((row) => [row.name, working(row, lang)]),
	);
}

/** Loads a network's preset and summarises it, its signature block and its stages. */
export async function loadNetwork(id: NetworkId, lang: Lang): Promise<LoadedNetwork> {
	const model = await presetOf(id).load();
	const s = summary(parseModel(model));
	const sig = summary(parseModel(signatureBlock(id, model)));
	return {
		id,
		s,
		sig,
		paths: stagePaths(
			id,
			s.layers.map((row) => row.name),
		),
		working: workingTable(s, lang),
		sigWorking: workingTable(sig, lang),
	};
}
