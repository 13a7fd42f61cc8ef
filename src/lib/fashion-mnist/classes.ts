import type { Lang } from '../i18n/lang.ts';

/**
 * Fashion MNIST's ten classes, in label order (label 0 is a T-shirt/top), in both of the site's
 * languages: the lab shows a prediction in the page's language. The English names are Zalando's.
 */
export const CLASS_NAMES: Readonly<Record<Lang, readonly string[]>> = {
	en: [
		'T-shirt/top',
		'Trouser',
		'Pullover',
		'Dress',
		'Coat',
		'Sandal',
		'Shirt',
		'Sneaker',
		'Bag',
		'Ankle boot',
	],
	id: [
		'Kaus/atasan',
		'Celana panjang',
		'Pulover',
		'Gaun',
		'Mantel',
		'Sandal',
		'Kemeja',
		'Sepatu kets',
		'Tas',
		'Sepatu bot',
	],
};

/** How many classes there are: the size of the lab model's output layer. */
export const CLASS_COUNT = 10;
