import type { Summary } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { NetworkFacts } from './network.ts';
import { Paper, type References } from './Paper.tsx';
import type { ExplorerStrings } from './strings.ts';

/**
 * The facts of the picked network: year, total parameters from the engine (named after the
 * implementation it reproduces), depth, the ILSVRC top-5 error of its winning entry, and its paper.
 */
export function Facts(props: {
	network: NetworkFacts;
	s: Summary;
	depth: number;
	refs: References | undefined;
	lang: Lang;
	t: ExplorerStrings;
}) {
	const { network, s, lang, t } = props;
	const n = (v: number) => formatNumber(v, lang);
	return (
		<dl class="ax-facts" data-network={network.id}>
			<div>
				<dt>{t.year}</dt>
				<dd>{network.year}</dd>
			</div>
			<div>
				<dt>{t.params}</dt>
				<dd>
					<span class="ax-total">{n(s.totalParams)}</span> — {s.name}
				</dd>
			</div>
			<div>
				<dt>{t.depth}</dt>
				<dd class="ax-depth">{n(props.depth)}</dd>
			</div>
			<div>
				<dt>{t.top5}</dt>
				<dd>
					{network.top5 === undefined
						? t.noTop5[network.id === 'lenet5' ? 'lenet5' : 'xception']
						: `${n(network.top5)}% (ILSVRC ${network.year})`}
				</dd>
			</div>
			<div class="ax-paper">
				<dt>{t.paper}</dt>
				<Paper id={network.paper} refs={props.refs} />
			</div>
		</dl>
	);
}
