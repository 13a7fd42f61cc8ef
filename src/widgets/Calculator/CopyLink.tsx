import { useState } from 'preact/hooks';
import { copyText } from '../shared/clipboard.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import type { CommonStrings } from './strings.ts';

/** The "copy link" button: the URL already holds the state; this flushes it and copies it. */
export function CopyLink(props: { t: CommonStrings; link: () => Promise<string> }) {
	const { t } = props;
	const [status, setStatus] = useState<'' | 'copied' | 'manual'>('');
	const [href, setHref] = useState('');
	const copy = async () => {
		// Without the link code (offline), the page's own address is still worth copying.
		const url = await props.link().catch(() => window.location.href);
		setHref(url);
		setStatus((await copyText(url)) ? 'copied' : 'manual');
	};
	return (
		<div class="calc-link">
			<button type="button" onClick={() => void copy()}>
				{t.copyLink}
			</button>
			<LiveRegion visible>
				{status === 'copied' ? t.linkCopied : status === 'manual' ? t.linkManual : ''}
			</LiveRegion>
			{status === 'manual' && (
				<input
					type="text"
					readOnly
					aria-label={t.linkLabel}
					value={href}
					onFocus={(e) => e.currentTarget.select()}
				/>
			)}
		</div>
	);
}
