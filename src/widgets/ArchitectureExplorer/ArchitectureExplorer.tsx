import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { LayerSummary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { defined } from '../../lib/defined.ts';
import { weightedDepth } from '../../lib/diagram/depth.ts';
import { groupIds } from '../../lib/diagram/tree.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { LayerLegend } from '../shared/LayerLegend.tsx';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import '../shared/widget.css';
import './ArchitectureExplorer.css';
import type { LoadedNetwork, NetworkFacts, NetworkId, WorkingTable } from './network.ts';
import type { BoxInfo } from './boxes.ts';
import { dagFigure } from './dag-figure.ts';
import { networkFigure, networkTree } from './network-figure.ts';
import { shapeText } from './labels.ts';
import type { ExplorerStrings } from './strings.ts';
import { DagSvg } from './DagSvg.tsx';
import { NetworkSvg } from './NetworkSvg.tsx';
import { BoxTable, Details } from './Details.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { SERVER_REFERENCES, loadReferences } from './Paper.tsx';
import { Facts } from './Facts.tsx';
import { legendKinds } from './svg.ts';
import type { ComparePanel as ComparePanelType } from './ComparePanel.tsx';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';

/** What `ArchitectureExplorer.astro` computes at build time and passes to the island. */
export interface ArchitectureExplorerProps {
	lang: Lang;
	/** The page language's words (`STRINGS[lang]`); the other language's never reach the page. */
	t: ExplorerStrings;
	/** The networks to pick from, with their facts from the preset registry. */
	networks: readonly NetworkFacts[];
	/** The default network as the engine summarised it, so the first render needs no engine. */
	initial: LoadedNetwork;
}

/** A working table as the figures read it: the engine's words for a row, computed beforehand. */
const lookUp =
	(table: WorkingTable) =>
	(row: LayerSummary): string =>
		table[row.name] ?? '';

/**
 * The architecture explorer of question 6: pick one of six networks to see its facts, its
 * signature block drawn with shapes and counts, and the whole network as expandable stages; or
 * compare two blocks for the same channels. Every count comes from the engine's presets and
 * `summary`. The first render draws the network the wrapper summarised at build time, so the page
 * ships no engine; the engine and the presets (`load-network.ts`) start loading when the reader
 * first focuses or touches the widget, and the compare view when it is opened.
 */
export default function ArchitectureExplorer(props: ArchitectureExplorerProps) {
	const { lang, t, networks, initial } = props;
	const n = (v: number) => formatNumber(v, lang);
	const [choice, setChoice] = useState<NetworkId>(initial.id);
	const [current, setCurrent] = useState<LoadedNetwork>(initial);
	const [failed, setFailed] = useState(false);
	const [refs, setRefs] = useState(SERVER_REFERENCES);
	const [announce, setAnnounce] = useState('');
	const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
	const [compare, setCompare] = useState(false);
	const [Compare, setComparePanel] = useState<typeof ComparePanelType | undefined>(undefined);
	const [active, setActive] = useState<{ sig?: [string, BoxInfo]; net?: [string, BoxInfo] }>({});
	const [, loadEngine] = useOnDemand(() => import('./load-network.ts'));
	const cache = useRef(new Map<NetworkId, LoadedNetwork>([[initial.id, initial]]));
	const token = useRef(0);
	const sigRef = useRef<SVGSVGElement>(null);
	const netRef = useRef<SVGSVGElement>(null);

	const network =
		networks.find((item) => item.id === current.id) ?? defined(networks[0], 'a network');
	const s = current.s;
	const sig = useMemo(
		() => dagFigure(current.sig, lang, t, lookUp(current.sigWorking)),
		[current, lang, t],
	);
	const tree = useMemo(() => networkTree(s, current.paths), [s, current.paths]);
	const net = useMemo(
		() => networkFigure(s, tree, expanded, lang, t, lookUp(current.working)),
		[s, tree, expanded, lang, t, current.working],
	);
	const depth = useMemo(() => weightedDepth(s), [s]);

	const pick = async (id: NetworkId) => {
		setChoice(id);
		setFailed(false);
		const mine = ++token.current;
		let next = cache.current.get(id);
		if (!next) {
			const name = networks.find((item) => item.id === id)?.name ?? id;
			setAnnounce(fill(t.loading, { name }));
			try {
				// The engine with the presets, blocks and stages, and the references load together.
				const [engine, table] = await Promise.all([loadEngine(), refs ?? loadReferences()]);
				next = await engine.loadNetwork(id, lang);
				cache.current.set(id, next);
				setRefs(table);
			} catch {
				if (mine === token.current) setFailed(true);
				return;
			}
		}
		if (mine !== token.current) return;
		setCurrent(next);
		setExpanded(new Set());
		setActive({});
		setAnnounce(
			fill(t.loaded, {
				name: next.s.name,
				params: n(next.s.totalParams),
				depth: n(weightedDepth(next.s)),
			}),
		);
	};

	const toggle = (id: string) => {
		const next = new Set(expanded);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		setExpanded(next);
	};

	const stale = choice !== current.id && !failed;
	const lastShape = defined(sig.boxes.at(-1), 'the block’s last box').shape;
	const netBoxes = net.boxes;
	/** The props both diagrams take: their ids and words, and which of their boxes shows details. */
	const diagram = (which: 'sig' | 'net', svgRef: RefObject<SVGSVGElement>) => ({
		idBase: `ax-${which}`,
		t,
		active: active[which]?.[0],
		onActive: (key: string, box: BoxInfo) => setActive((a) => ({ ...a, [which]: [key, box] })),
		svgRef,
	});

	return (
		<WidgetRoot class="ax" attrs={{ lang }} load={loadEngine}>
			<fieldset class="ax-networks">
				<legend>{t.networkLegend}</legend>
				{networks.map((item) => (
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
				<Facts network={network} s={s} depth={depth} refs={refs} lang={lang} t={t} />

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
						<Compare lang={lang} t={t} />
					) : (
						<p class="ax-hint">…</p>
					)
				) : (
					<div class="ax-figure ax-figure--aside">
						<div class="cnn-scroll">
							<DagSvg
								figures={[sig]}
								title={fill(t.sigTitle, { name: network.name })}
								desc={fill(t.sigDesc, {
									nodes: n(sig.boxes.length),
									from: shapeText(defined(sig.boxes[0], 'the block’s input box').shape, lang),
									to: shapeText(lastShape, lang),
									total: n(sig.total),
								})}
								{...diagram('sig', sigRef)}
							/>
						</div>
						<div class="ax-aside">
							<LayerLegend kinds={legendKinds(sig.boxes)} words={t.legend} />
							<p class="ax-caption">{t.captions[current.id]}</p>
							<Details box={active.sig?.[1]} lang={lang} t={t} />
							<ExportButtons svgRef={sigRef} name={`${current.id}-signature-block`} t={t} />
						</div>
						<BoxTable
							boxes={sig.boxes}
							lang={lang}
							t={t}
							caption={fill(t.sigTitle, { name: network.name })}
						/>
					</div>
				)}

				<h4 class="ax-heading">{t.whole}</h4>
				<p class="ax-hint">{t.keysHint}</p>
				<div class="ax-buttons">
					<button
						type="button"
						class="cnn-btn-primary"
						data-action="expand-all"
						onClick={() => setExpanded(new Set(groupIds(tree)))}
					>
						{t.expandAll}
					</button>
					<button type="button" data-action="collapse-all" onClick={() => setExpanded(new Set())}>
						{t.collapseAll}
					</button>
				</div>
				<div class="ax-figure ax-figure--aside">
					<div class="cnn-scroll">
						<NetworkSvg
							figure={net}
							expanded={expanded}
							onToggle={toggle}
							title={fill(t.netTitle, { name: s.name })}
							desc={fill(t.netDesc, {
								rows: n(netBoxes.length),
								from: shapeText(s.inputShape, lang),
								to: shapeText(layerRow(s, -1).outputShape, lang),
							})}
							{...diagram('net', netRef)}
						/>
					</div>
					<div class="ax-aside">
						<Details box={active.net?.[1]} lang={lang} t={t} />
						<ExportButtons svgRef={netRef} name={`${current.id}-network`} t={t} />
					</div>
					<BoxTable
						boxes={netBoxes}
						lang={lang}
						t={t}
						caption={fill(t.netTitle, { name: s.name })}
					/>
				</div>
			</div>
		</WidgetRoot>
	);
}
