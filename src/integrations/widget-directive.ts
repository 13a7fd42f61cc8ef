import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The directive itself, inlined by Astro into every page with a widget. */
const DIRECTIVE = here('../widgets/shared/widget-directive.ts');
/** The replay module the directive fetches when it has something to replay. */
const REPLAY = here('../widgets/shared/widget-replay.ts');
/**
 * The files the replay module is built from (itself and what it imports, a test holds the list to
 * its imports): their hash names the built file, so a deploy that changes them changes its URL.
 */
export const REPLAY_SOURCES: readonly string[] = [
	REPLAY,
	here('../widgets/shared/widget-directive.ts'),
	here('../lib/site/widget-hydration.ts'),
];

/**
 * Registers `client:widget`, the hydration directive every widget island uses
 * (`src/widgets/shared/widget-directive.ts`, described in `src/widgets/README.md`). Astro accepts
 * a custom `client:` directive only from an integration, bundles it on its own and inlines it into
 * each page with such an island.
 *
 * Inlined code counts against every widget page's HTML budget, so the directive only records the
 * reader's events; replaying them (`widget-replay.ts`) is a module of its own, fetched only when
 * needed. The directive is bundled before Vite builds the site, so it cannot learn a hashed chunk
 * name from Vite; instead this integration names the replay module's file itself, after a hash of
 * its sources, has Vite's client build emit it under that name, and writes the URL into a small
 * generated entry (`.astro/integrations/…`) that calls the directive's factory. In `astro dev`
 * the URL is Vite's own path to the source.
 */
export function widgetDirective(): AstroIntegration {
	return {
		name: 'cnn-notes:widget-directive',
		hooks: {
			'astro:config:setup': ({
				config,
				command,
				addClientDirective,
				createCodegenDir,
				updateConfig,
			}) => {
				const hash = createHash('sha256');
				for (const file of REPLAY_SOURCES) hash.update(readFileSync(file));
				const fileName = `${config.build.assets}/replay.${hash.digest('hex').slice(0, 8)}.js`;
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				const url = command === 'build' ? `${base}${fileName}` : `${base}@fs${REPLAY}`;
				const entry = new URL('widget-directive.ts', createCodegenDir());
				writeFileSync(
					entry,
					`import { widgetDirective } from ${JSON.stringify(DIRECTIVE)};\n` +
						`export default widgetDirective(${JSON.stringify(url)});\n`,
				);
				addClientDirective({ name: 'widget', entrypoint: entry });
				if (command === 'build') updateConfig({ vite: { plugins: [emitReplay(fileName)] } });
			},
		},
	};
}

/** Has the client build emit the replay module as its own chunk, under the directive's name. */
function emitReplay(fileName: string): Plugin {
	return {
		name: 'cnn-notes:widget-replay',
		apply: 'build',
		buildStart() {
			if (this.environment.name !== 'client') return;
			this.emitFile({ type: 'chunk', id: REPLAY, fileName, preserveSignature: 'strict' });
		},
	};
}
