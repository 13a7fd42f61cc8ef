/**
 * The papers the pages cite, in one place, so that both languages cite exactly the same works with
 * the same authors, years and links, and a test can check every page's list against this table.
 */
export interface Reference {
	authors: string;
	year: number;
	title: string;
	venue: string;
	url: string;
	/** What the work is known for, so a reader scanning the list knows why it is there. */
	knownAs?: string;
}

/** Every cited work, keyed by first author and year. */
export const REFERENCES = {
	lecun1998: {
		authors: 'Y. LeCun, L. Bottou, Y. Bengio, P. Haffner',
		year: 1998,
		title: 'Gradient-Based Learning Applied to Document Recognition',
		venue: 'Proceedings of the IEEE 86(11)',
		url: 'https://doi.org/10.1109/5.726791',
		knownAs: 'LeNet-5',
	},
	krizhevsky2012: {
		authors: 'A. Krizhevsky, I. Sutskever, G. E. Hinton',
		year: 2012,
		title: 'ImageNet Classification with Deep Convolutional Neural Networks',
		venue: 'NeurIPS 2012',
		url: 'https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html',
		knownAs: 'AlexNet',
	},
	simonyan2014: {
		authors: 'K. Simonyan, A. Zisserman',
		year: 2014,
		title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition',
		venue: 'arXiv:1409.1556 (ICLR 2015)',
		url: 'https://arxiv.org/abs/1409.1556',
		knownAs: 'VGG',
	},
	szegedy2014: {
		authors:
			'C. Szegedy, W. Liu, Y. Jia, P. Sermanet, S. Reed, D. Anguelov, D. Erhan, V. Vanhoucke, A. Rabinovich',
		year: 2014,
		title: 'Going Deeper with Convolutions',
		venue: 'arXiv:1409.4842 (CVPR 2015)',
		url: 'https://arxiv.org/abs/1409.4842',
		knownAs: 'GoogLeNet, Inception',
	},
	he2015: {
		authors: 'K. He, X. Zhang, S. Ren, J. Sun',
		year: 2015,
		title: 'Deep Residual Learning for Image Recognition',
		venue: 'arXiv:1512.03385 (CVPR 2016)',
		url: 'https://arxiv.org/abs/1512.03385',
		knownAs: 'ResNet',
	},
	hu2017: {
		authors: 'J. Hu, L. Shen, G. Sun',
		year: 2017,
		title: 'Squeeze-and-Excitation Networks',
		venue: 'arXiv:1709.01507 (CVPR 2018)',
		url: 'https://arxiv.org/abs/1709.01507',
		knownAs: 'SENet',
	},
	chollet2016: {
		authors: 'F. Chollet',
		year: 2016,
		title: 'Xception: Deep Learning with Depthwise Separable Convolutions',
		venue: 'arXiv:1610.02357 (CVPR 2017)',
		url: 'https://arxiv.org/abs/1610.02357',
		knownAs: 'Xception',
	},
	long2015: {
		authors: 'J. Long, E. Shelhamer, T. Darrell',
		year: 2015,
		title: 'Fully Convolutional Networks for Semantic Segmentation',
		venue: 'arXiv:1411.4038 (CVPR 2015)',
		url: 'https://arxiv.org/abs/1411.4038',
		knownAs: 'FCN',
	},
	ronneberger2015: {
		authors: 'O. Ronneberger, P. Fischer, T. Brox',
		year: 2015,
		title: 'U-Net: Convolutional Networks for Biomedical Image Segmentation',
		venue: 'arXiv:1505.04597 (MICCAI 2015)',
		url: 'https://arxiv.org/abs/1505.04597',
		knownAs: 'U-Net',
	},
	chen2016: {
		authors: 'T. Chen, B. Xu, C. Zhang, C. Guestrin',
		year: 2016,
		title: 'Training Deep Nets with Sublinear Memory Cost',
		venue: 'arXiv:1604.06174',
		url: 'https://arxiv.org/abs/1604.06174',
		knownAs: 'gradient checkpointing',
	},
	micikevicius2017: {
		authors:
			'P. Micikevicius, S. Narang, J. Alben, G. Diamos, E. Elsen, D. Garcia, B. Ginsburg, M. Houston, O. Kuchaiev, G. Venkatesh, H. Wu',
		year: 2017,
		title: 'Mixed Precision Training',
		venue: 'arXiv:1710.03740 (ICLR 2018)',
		url: 'https://arxiv.org/abs/1710.03740',
		knownAs: 'mixed precision',
	},
	ioffe2015: {
		authors: 'S. Ioffe, C. Szegedy',
		year: 2015,
		title:
			'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
		venue: 'arXiv:1502.03167 (ICML 2015)',
		url: 'https://arxiv.org/abs/1502.03167',
		knownAs: 'batch normalization',
	},
	springenberg2014: {
		authors: 'J. T. Springenberg, A. Dosovitskiy, T. Brox, M. Riedmiller',
		year: 2014,
		title: 'Striving for Simplicity: The All Convolutional Net',
		venue: 'arXiv:1412.6806 (ICLR 2015 workshop)',
		url: 'https://arxiv.org/abs/1412.6806',
		knownAs: 'strided convolutions instead of pooling',
	},
	zhang2019: {
		authors: 'R. Zhang',
		year: 2019,
		title: 'Making Convolutional Networks Shift-Invariant Again',
		venue: 'arXiv:1904.11486 (ICML 2019)',
		url: 'https://arxiv.org/abs/1904.11486',
		knownAs: 'shift invariance of pooling and strides',
	},
	dumoulin2016: {
		authors: 'V. Dumoulin, F. Visin',
		year: 2016,
		title: 'A Guide to Convolution Arithmetic for Deep Learning',
		venue: 'arXiv:1603.07285',
		url: 'https://arxiv.org/abs/1603.07285',
		knownAs: 'output-size formulas',
	},
	tan2019: {
		authors: 'M. Tan, Q. V. Le',
		year: 2019,
		title: 'EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks',
		venue: 'arXiv:1905.11946 (ICML 2019)',
		url: 'https://arxiv.org/abs/1905.11946',
		knownAs: 'EfficientNet, compound scaling',
	},
	sandler2018: {
		authors: 'M. Sandler, A. Howard, M. Zhu, A. Zhmoginov, L.-C. Chen',
		year: 2018,
		title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks',
		venue: 'arXiv:1801.04381 (CVPR 2018)',
		url: 'https://arxiv.org/abs/1801.04381',
		knownAs: 'MBConv, the inverted residual block',
	},
	yosinski2014: {
		authors: 'J. Yosinski, J. Clune, Y. Bengio, H. Lipson',
		year: 2014,
		title: 'How Transferable Are Features in Deep Neural Networks?',
		venue: 'arXiv:1411.1792 (NeurIPS 2014)',
		url: 'https://arxiv.org/abs/1411.1792',
		knownAs: 'transfer learning',
	},
	gatys2015: {
		authors: 'L. A. Gatys, A. S. Ecker, M. Bethge',
		year: 2015,
		title: 'A Neural Algorithm of Artistic Style',
		venue: 'arXiv:1508.06576',
		url: 'https://arxiv.org/abs/1508.06576',
		knownAs: 'neural style transfer',
	},
	xiao2017: {
		authors: 'H. Xiao, K. Rasul, R. Vollgraf',
		year: 2017,
		title: 'Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine Learning Algorithms',
		venue: 'arXiv:1708.07747',
		url: 'https://arxiv.org/abs/1708.07747',
		knownAs: 'Fashion MNIST',
	},
	kingma2014: {
		authors: 'D. P. Kingma, J. Ba',
		year: 2014,
		title: 'Adam: A Method for Stochastic Optimization',
		venue: 'arXiv:1412.6980 (ICLR 2015)',
		url: 'https://arxiv.org/abs/1412.6980',
		knownAs: 'Adam',
	},
	srivastava2014: {
		authors: 'N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, R. Salakhutdinov',
		year: 2014,
		title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
		venue: 'Journal of Machine Learning Research 15',
		url: 'https://jmlr.org/papers/v15/srivastava14a.html',
		knownAs: 'dropout',
	},
	smith2018: {
		authors: 'L. N. Smith',
		year: 2018,
		title:
			'A disciplined approach to neural network hyper-parameters: Part 1 – learning rate, batch size, momentum, and weight decay',
		venue: 'arXiv:1803.09820',
		url: 'https://arxiv.org/abs/1803.09820',
		knownAs: 'the 1cycle schedule',
	},
	geron2022: {
		authors: 'A. Géron',
		year: 2022,
		title:
			'Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow, 3rd edition, chapter 14',
		venue: "O'Reilly Media",
		url: 'https://github.com/ageron/handson-ml3',
		knownAs: 'the book these notes follow',
	},
} satisfies Record<string, Reference>;

/** The key of a work in {@link REFERENCES}; pages cite by key so a typo fails the type check. */
export type ReferenceId = keyof typeof REFERENCES;
