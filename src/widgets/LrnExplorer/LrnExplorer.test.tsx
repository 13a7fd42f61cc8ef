import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import LrnExplorer from './LrnExplorer.tsx';

describe('the LRN explorer’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows the bars, the formula and the table (%s)', (lang) => {
		const html = render(<LrnExplorer lang={lang} />);
		expect(html.match(/role="slider"/g)).toHaveLength(8);
		expect(html).toContain(lang === 'en' ? '51.15' : '51,15');
		expect(html).toContain('b₂ = 200 /');
		expect(html).toContain(lang === 'en' ? 'depth_radius = 2' : 'depth_radius TensorFlow = 2');
		expect(html).not.toMatch(/NaN|Infinity|undefined/);
	});
});
