import { useMemo, useRef, useState } from 'preact/hooks';
import { trySummary, working, type Summary } from '../../lib/cnn/index.ts';
import { defined } from '../../lib/defined.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { COMPARE_KINDS, MIN_COMPARE_CHANNELS, compareBlock, type CompareKind } from './compare.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { BoxTable, Details } from './Details.tsx';
import { DagSvg } from './DagSvg.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import type { BoxInfo } from './boxes.ts';
import { dagFigure } from './dag-figure.ts';
import type { ExplorerStrings } from './strings.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { LayerLegend } from '../shared/LayerLegend.tsx';
import { legendKinds } from './svg.ts';
import { Select } from '../shared/Select.tsx';

const RULE_IN = { min: 1, max: 4096 };
const RULE_OUT = { min: MIN_COMPARE_CHANNELS, max: 4096 };

/** Every compare block summarised for the same channels; an engine error instead if one fails. */
function summarise(cin: number, cout: number) {
	const all = new Map<CompareKind, Summary>();
	for (const kind of COMPARE_KINDS) {
		const result = trySummary(compareBlock(kind, cin, cout));
		if (!result.ok) return { error: result.error };
		all.set(kind, result.summary);
	}
	return { all };
}

/**
 * The compare view: two signature blocks side by side, rebuilt for the same input and output
 * channels, with their counts and ratio, and a table of every block for those channels. The
 * default, 3×3 convolution against depthwise separable for 128 → 128 channels, is the page's
 * example.
 */
export function ComparePanel(props: { lang: Lang; t: ExplorerStrings }) {
	const { lang } = props;
	const t = { ...props.t, ...props.t.compare };
	const n = (v: number) => formatNumber(v, lang);
	const [left, setLeft] = useState<CompareKind>('conv3');
	const [right, setRight] = useState<CompareKind>('separable');
	const [cin, setCin] = useState(128);
	const [cout, setCout] = useState(128);
	const [invalid, setInvalid] = useState({ cin: false, cout: false });
	const [active, setActive] = useState<[string, BoxInfo] | undefined>(undefined);
	const ref = useRef<SVGSVGElement>(null);
	const result = useMemo(() => summarise(cin, cout), [cin, cout]);
	const figures = useMemo(
		() =>
			result.all
				? [
						dagFigure(defined(result.all.get(left), `the ${left} block`), lang, props.t, working),
						dagFigure(defined(result.all.get(right), `the ${right} block`), lang, props.t, working),
					]
				: [],
		[result, left, right, lang],
	);
	const select = (id: string, label: string, value: CompareKind, set: (k: CompareKind) => void) => (
		<Select
			id={id}
			label={label}
			value={value}
			options={COMPARE_KINDS}
			names={t.kinds}
			onChange={set}
		/>
	);
	const channels = (
		key: 'cin' | 'cout',
		rule: typeof RULE_IN,
		value: number,
		set: (v: number) => void,
	) => (
		<NumberField
			id={`ax-${key}`}
			label={t[key]}
			value={value}
			rule={rule}
			lang={lang}
			onValue={set}
			onValidity={(bad) => setInvalid((v) => ({ ...v, [key]: bad }))}
		/>
	);
	const [a, b] = figures;
	const stale = invalid.cin || invalid.cout;
	return (
		<div class="ax-compare">
			<div class="ax-controls">
				{select('ax-left', t.left, left, setLeft)}
				{select('ax-right', t.right, right, setRight)}
				{channels('cin', RULE_IN, cin, setCin)}
				{channels('cout', RULE_OUT, cout, setCout)}
			</div>
			<p class="ax-hint">{t.compareNote}</p>
			{result.error && (
				<p class="cnn-field__error" role="alert">
					{result.error.describe(lang)}
				</p>
			)}
			{a && b && (
				<div class={`ax-figure${stale ? ' cnn-stale' : ''}`}>
					<p class="ax-ratio">
						{fill(t.ratio, {
							a: n(a.total),
							b: n(b.total),
							r: formatNumber(a.total / Math.max(1, b.total), lang, { maximumFractionDigits: 1 }),
						})}
					</p>
					<div class="cnn-scroll">
						<DagSvg
							figures={figures}
							headings={[`${t.short[left]}: ${n(a.total)}`, `${t.short[right]}: ${n(b.total)}`]}
							title={fill(t.cmpTitle, { a: t.kinds[left], b: t.kinds[right] })}
							desc={fill(t.cmpDesc, { a: n(a.total), b: n(b.total) })}
							idBase="ax-cmp"
							t={props.t}
							active={active?.[0]}
							onActive={(key, box) => setActive([key, box])}
							svgRef={ref}
						/>
					</div>
					<LayerLegend kinds={legendKinds([...a.boxes, ...b.boxes])} words={props.t.legend} />
					<Details box={active?.[1]} lang={lang} t={props.t} />
					<ExportButtons svgRef={ref} name={`compare-${left}-${right}`} t={props.t} />
					<BoxTable
						boxes={[
							...a.boxes.map((box) => ({ ...box, title: `${t.short[left]}: ${box.title}` })),
							...b.boxes.map((box) => ({ ...box, title: `${t.short[right]}: ${box.title}` })),
						]}
						lang={lang}
						t={props.t}
						caption={fill(t.cmpTitle, { a: t.kinds[left], b: t.kinds[right] })}
					/>
				</div>
			)}
			{result.all && (
				<DataTable
					regionClass="ax-scroll"
					label={fill(t.allKinds, { cin: n(cin), cout: n(cout) })}
					tableClass="ax-kinds"
					caption={fill(t.allKinds, { cin: n(cin), cout: n(cout) })}
					columns={[t.block, t.params]}
				>
					{COMPARE_KINDS.map((kind) => (
						<tr key={kind}>
							<th scope="row">{t.kinds[kind]}</th>
							<td class="ax-num">
								{n(defined(result.all.get(kind), `the ${kind} block`).totalParams)}
							</td>
						</tr>
					))}
				</DataTable>
			)}
		</div>
	);
}
