import { describe, expect, it } from 'vitest';
import { ICONS, manifestPath, webManifest } from './manifest.ts';

describe('webManifest', () => {
	it('opens each language on its own home page under the GitHub Pages sub-path', () => {
		expect(webManifest('id', '/cnn-notes/')).toMatchObject({
			id: '/cnn-notes/',
			start_url: '/cnn-notes/',
			scope: '/cnn-notes/',
			lang: 'id',
		});
		expect(webManifest('en', '/cnn-notes/')).toMatchObject({
			id: '/cnn-notes/en/',
			start_url: '/cnn-notes/en/',
			scope: '/cnn-notes/',
			lang: 'en',
		});
	});

	it('works at the root too, as `npm run serve` builds it', () => {
		expect(webManifest('en', '/')).toMatchObject({ start_url: '/en/', scope: '/' });
	});

	it('names the app in the reader’s language, with a short name a home screen fits', () => {
		const id = webManifest('id', '/');
		const en = webManifest('en', '/');
		expect(id.name).toContain('Bab 14');
		expect(en.name).toContain('Chapter 14');
		expect(String(en.short_name).length).toBeLessThanOrEqual(12);
		expect(id.description).not.toBe(en.description);
	});

	it('lists the installable icon sizes, 192 and 512 px, and a maskable one, under the base path', () => {
		const icons = webManifest('id', '/cnn-notes/').icons as {
			src: string;
			sizes: string;
			purpose: string;
		}[];
		expect(icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
		expect(icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
		for (const icon of icons) expect(icon.src).toMatch(/^\/cnn-notes\/icons\/.+\.png$/);
		expect(ICONS).toHaveLength(icons.length);
	});

	it('is installable: standalone, with colours', () => {
		const m = webManifest('en', '/');
		expect(m.display).toBe('standalone');
		expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});
});

describe('manifestPath', () => {
	it('puts each language’s manifest at its home', () => {
		expect(manifestPath('id', '/cnn-notes/')).toBe('/cnn-notes/manifest.webmanifest');
		expect(manifestPath('en', '/cnn-notes/')).toBe('/cnn-notes/en/manifest.webmanifest');
	});
});
