import '../shared/widget.css';
import './Calculator.css';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import type { CommonStrings } from './strings.ts';
import type { LinkState } from './useLinkState.ts';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';

/**
 * The frame of every mode: the widget's root (`data-calc` names the mode), which starts loading
 * the engine when the reader focuses or touches anything inside, the notice of a refused link
 * first, the mode's content, and the live region that announces its result last.
 */
export function ModeFrame(props: {
	mode: 'full' | 'compare' | 'gpu';
	t: CommonStrings;
	lang: Lang;
	refusal: LinkState<unknown>['refusal'];
	load: () => Promise<unknown>;
	/** What the live region announces after each change; empty while the figures are stale. */
	announce: string;
	children: ComponentChildren;
}) {
	const { t, lang, load } = props;
	const start = () => load().catch(() => undefined);
	return (
		<WidgetRoot class="calc not-content" attrs={{ 'data-calc': props.mode }} load={start}>
			<LinkNotice t={t} reason={props.refusal?.(t, lang)} />
			{props.children}
			<LiveRegion>{props.announce}</LiveRegion>
		</WidgetRoot>
	);
}
