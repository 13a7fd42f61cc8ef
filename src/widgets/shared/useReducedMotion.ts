import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the reader asked their system for less motion. Animated widgets then skip autoplay and
 * make transitions instant. On the server, and before hydration, it answers `true`: the safe
 * default is no motion until the browser says motion is welcome.
 */
export function useReducedMotion(): boolean {
	const [reduced, setReduced] = useState(true);
	useEffect(() => {
		const media = window.matchMedia(QUERY);
		setReduced(media.matches);
		const onChange = () => setReduced(media.matches);
		media.addEventListener('change', onChange);
		return () => media.removeEventListener('change', onChange);
	}, []);
	return reduced;
}
