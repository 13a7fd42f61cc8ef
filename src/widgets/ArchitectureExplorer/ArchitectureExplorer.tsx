import { useMemo, useRef, useState } from 'preact/hooks';
import { weightedDepth } from '../../lib/diagram/depth.ts';
import { groupIds } from '../../lib/diagram/tree.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import '../shared/widget.css';
import './ArchitectureExplorer.css';
import {
	NETWORKS,
	DEFAULT_NETWORK,
	lenetPaths,
	networkById,
	type LoadedNetwork,
	type NetworkId,
} from './networks.ts';
import type { BoxInfo } from './boxes.ts';
import { dagFigure } from './dag-figure.ts';
import { networkFigure, networkTree } from './network-figure.ts';
import { shapeText } from './labels.ts';
import { LENET_BLOCK_SUMMARY, LENET_SUMMARY, lenetWorking } from './lenet-data.ts';
import { STRINGS } from './strings.ts';
import { DagSvg } from './DagSvg.tsx';
import { NetworkSvg } from './NetworkSvg.tsx';
import { BoxTable, Details } from './Details.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { SERVER_REFERENCES, loadReferences } from './Paper.tsx';
import { Facts } from './Facts.tsx';
import type { ComparePanel as ComparePanelType } from './ComparePanel.tsx';

/**
 * LeNet-5, the default, from its build-time summary: the server renders it, hydration starts from
 * it, and neither needs the engine.
 */
const INITIAL: LoadedNetwork = {
	id: DEFAULT_NETWORK.id,
	s: LENET_SUMMARY,
	sig: LENET_BLOCK_SUMMARY,
	paths: lenetPaths(LENET_SUMMARY.layers.map((row) => row.name)),
	working: lenetWorking,
};
const cache = new Map<NetworkId, LoadedNetwork>([[INITIAL.id, INITIAL]]);

/**
 * The architecture explorer of question 6: pick one of six networks to see its facts, its
 * signature block drawn with shapes and counts, and the whole network as expandable stages; or
 * compare two blocks for the same channels. Every count comes from the engine's presets and
 * `summary`. LeNet-5, the default, is drawn from the engine's output saved at build time
 * (`lenet-data.ts`), so the page ships no engine; the engine and the other presets load when a
 * reader picks a network or opens the compare view.
 */
export default function ArchitectureExplorer(props: { lang: Lang }) {
	const { lang } = props;
	const t = STRINGS[lang];
	const n = (v: number) => formatNumber(v, lang);
	const [choice, setChoice] = useState<NetworkId>(DEFAULT_NETWORK.id);
	const [current, setCurrent] = useState<LoadedNetwork>(INITIAL);
	const [failed, setFailed] = useState(false);
	const [refs, setRefs] = useState(SERVER_REFERENCES);
	const [announce, setAnnounce] = useState('');
	const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
	const [compare, setCompare] = useState(false);
	const [Compare, setComparePanel] = useState<typeof ComparePanelType | undefined>(undefined);
	const [active, setActive] = useState<{ sig?: [string, BoxInfo]; net?: [string, BoxInfo] }>({});
	const token = useRef(0);
	const sigRef = useRef<SVGSVGElement>(null);
	const netRef = useRef<SVGSVGElement>(null);

	const network = networkById(current.id);
	const s = current.s;
	const sig = useMemo(() => dagFigure(current.sig, lang, current.working), [current, lang]);
	const tree = useMemo(() => networkTree(s, current.paths), [s, current.paths]);
	const net = useMemo(
		() => networkFigure(s, tree, expanded, lang, current.working),
		[s, tree, expanded, lang, current.working],
	);
	const depth = useMemo(() => weightedDepth(s), [s]);

	const pick = async (id: NetworkId) => {
		setChoice(id);
		setFailed(false);
		const mine = ++token.current;
		let next = cache.get(id);
		if (!next && id !== 'lenet5') {
			setAnnounce(t.loading(networkById(id).name));
			try {
				// The preset, the engine with the blocks and stages, and the references load together.
				const [json, { summariseNetwork }, table] = await Promise.all([
					networkById(id).load(),
					import('./load-network.ts'),
					refs ?? loadReferences(),
				]);
				next = summariseNetwork(id, json);
				cache.set(id, next);
				setRefs(table);
			} catch {
				if (mine === token.current) setFailed(true);
				return;
			}
		}
		if (mine !== token.current || !next) return;
		setCurrent(next);
		setExpanded(new Set());
		setActive({});
		setAnnounce(t.loaded(next.s.name, n(next.s.totalParams), n(weightedDepth(next.s))));
	};

	const toggle = (id: string) => {
		const next = new Set(expanded);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		setExpanded(next);
	};

	const stale = choice !== current.id && !failed;
	const lastShape = sig.boxes[sig.boxes.length - 1]!.shape;
	const netBoxes = net.boxes;
	return (
		<div class="cnn-widget ax" lang={lang}>
			<fieldset class="ax-networks">
				<legend>{t.networkLegend}</legend>
				{NETWORKS.map((item) => (
					<label key={item.id} class={choice === item.id ? 'is-checked' : undefined}>
						<input
							type="radio"
							name="ax-network"
							value={item.id}
							checked={choice === item.id}
							onChange={() => void pick(item.id)}
						/>
						{item.name}
					</label>
				))}
			</fieldset>
			{failed && (
				<p class="cnn-field__error" role="alert">
					{t.loadError}
				</p>
			)}
			<LiveRegion>{announce}</LiveRegion>
			<div class={stale ? 'cnn-stale' : undefined}>
				<Facts network={network} s={s} depth={depth} refs={refs} lang={lang} />

				<h4 class="ax-heading">{t.signature}</h4>
				<label class="ax-toggle">
					<input
						type="checkbox"
						checked={compare}
						onChange={(e) => {
							const on = e.currentTarget.checked;
							setCompare(on);
							// The compare view (and its number fields) loads the first time it is opened.
							if (on && !Compare) {
								void import('./ComparePanel.tsx').then((m) =>
									setComparePanel(() => m.ComparePanel),
								);
							}
						}}
					/>
					{t.compareToggle}
				</label>
				{compare ? (
					Compare ? (
						<Compare lang={lang} />
					) : (
						<p class="ax-hint">…</p>
					)
				) : (
					<div class="ax-figure">
						<div class="cnn-scroll">
							<DagSvg
								figures={[sig]}
								title={t.sigTitle(network.name)}
								desc={t.sigDesc(
									n(sig.boxes.length),
									shapeText(sig.boxes[0]!.shape, lang),
									shapeText(lastShape, lang),
									n(sig.total),
								)}
								idBase="ax-sig"
								lang={lang}
								active={active.sig?.[0]}
								onActive={(key, box) => setActive((a) => ({ ...a, sig: [key, box] }))}
								svgRef={sigRef}
							/>
						</div>
						<p class="ax-caption">{current.caption?.[lang] ?? t.lenetCaption}</p>
						<Details box={active.sig?.[1]} lang={lang} />
						<ExportButtons svgRef={sigRef} name={`${current.id}-signature-block`} lang={lang} />
						<BoxTable boxes={sig.boxes} lang={lang} caption={t.sigTitle(network.name)} />
					</div>
				)}

				<h4 class="ax-heading">{t.whole}</h4>
				<p class="ax-hint">{t.keysHint}</p>
				<div class="ax-buttons">
					<button
						type="button"
						data-action="expand-all"
						onClick={() => setExpanded(new Set(groupIds(tree)))}
					>
						{t.expandAll}
					</button>
					<button type="button" data-action="collapse-all" onClick={() => setExpanded(new Set())}>
						{t.collapseAll}
					</button>
				</div>
				<div class="ax-figure">
					<div class="cnn-scroll">
						<NetworkSvg
							figure={net}
							expanded={expanded}
							onToggle={toggle}
							title={t.netTitle(s.name)}
							desc={t.netDesc(
								n(netBoxes.length),
								shapeText(s.inputShape, lang),
								shapeText(s.layers[s.layers.length - 1]!.outputShape, lang),
							)}
							idBase="ax-net"
							lang={lang}
							active={active.net?.[0]}
							onActive={(key, box) => setActive((a) => ({ ...a, net: [key, box] }))}
							svgRef={netRef}
						/>
					</div>
					<Details box={active.net?.[1]} lang={lang} />
					<ExportButtons svgRef={netRef} name={`${current.id}-network`} lang={lang} />
					<BoxTable boxes={netBoxes} lang={lang} caption={t.netTitle(s.name)} />
				</div>
			</div>
		</div>
	);
}
