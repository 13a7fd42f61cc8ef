import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import SegmentationDemo from './SegmentationDemo.tsx';

describe('the segmentation demo’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows ten labelled maps and the scores (%s)', (lang) => {
		const html = render(<SegmentationDemo lang={lang} />);
		expect(html.match(/role="img"/g)).toHaveLength(10);
		expect(html.match(/<title[ >]/g)).toHaveLength(10);
		expect(html).toContain('FCN-8s');
		expect(html).toContain(
			lang === 'en' ? 'No trained network runs here' : 'Tidak ada jaringan terlatih',
		);
		expect(html).not.toMatch(/NaN|Infinity|undefined/);
	});

	test('its SVG stays small enough for the page budget', () => {
		const html = render(<SegmentationDemo lang="en" />);
		expect(html.length).toBeLessThan(80_000);
	});
});
