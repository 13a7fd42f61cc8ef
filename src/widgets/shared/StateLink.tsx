import { useOnDemand } from './useOnDemand.ts';

/**
 * A link to another widget's page that carries this widget's state in the address (the
 * calculator's "Open in the lab", the lab's "Open in the calculator"). The server renders the
 * plain page address; the link's code (`load`, a link codec) arrives when the reader focuses or
 * points at the link, and from then on `href` is the full address, so copying or middle-clicking
 * the link carries the state too. A click before the code has arrived waits for it, then goes.
 */
export function StateLink<M>(props: {
	/** The other page's address, with the base path and the language. */
	page: string;
	/** Loads the module that writes the address; a constant `() => import(…)`. */
	load: () => Promise<M>;
	/** The address with the state in it, from the loaded module. */
	href: (module: M) => string;
	label: string;
	/** Id of the element that describes where the link goes, if any. */
	describedBy?: string | undefined;
	testId?: string;
}) {
	const [module, load] = useOnDemand(props.load);
	const start = () => void load().catch(() => undefined);
	return (
		<a
			class="cnn-state-link"
			href={module ? props.href(module) : props.page}
			aria-describedby={props.describedBy}
			data-testid={props.testId}
			onFocus={start}
			onPointerEnter={start}
			onClick={(event) => {
				if (module) return;
				event.preventDefault();
				load().then(
					(m) => window.location.assign(props.href(m)),
					// Offline: the page itself, without the state, is still worth opening.
					() => window.location.assign(props.page),
				);
			}}
		>
			{props.label}
		</a>
	);
}
