import { withBase } from '../site/base-path.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';

/**
 * One glossary term in both languages. Every field is keyed by language, so a term cannot be
 * published in one language and forgotten in the other: the type refuses it.
 */
export interface GlossaryEntry {
	/** Stable ASCII anchor (`feature-map`), shared by both glossary pages and every link to them. */
	id: string;
	/**
	 * The term as each language writes it. Where Indonesian machine-learning writing keeps the
	 * English word (padding, dropout), both are the same, and the page says so.
	 */
	term: Record<Lang, string>;
	/**
	 * The spellings that count as a use of the term in each language's prose, singular and plural,
	 * with and without abbreviation. Matching ignores case and runs of white space. A word so
	 * common that it would mislink (Indonesian `langkah`, "step", for stride) is left out.
	 */
	aliases: Record<Lang, readonly string[]>;
	/** One sentence, in each language. */
	definition: Record<Lang, string>;
}

/** The glossary page's slug, the same in both languages (`/glossary/`, `/en/glossary/`). */
export const GLOSSARY_SLUG = 'glossary';

/**
 * The terms of chapter 14, in no particular order: each glossary page sorts them in its own
 * language. Indonesian follows the usage of the site's Indonesian pages, which is common
 * Indonesian ML usage (peta fitur, koneksi lompat) and keeps English words where writers do.
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
	{
		id: 'convolution',
		term: { en: 'convolution', id: 'konvolusi' },
		aliases: {
			en: ['convolution', 'convolutions', 'convolutional layer', 'convolutional layers'],
			id: ['konvolusi', 'lapisan konvolusi'],
		},
		definition: {
			en: 'Sliding a small set of learned weights (a kernel) over the input and taking, at each position, the weighted sum of the values under it plus a bias.',
			id: 'Menggeser sekumpulan kecil bobot yang dipelajari (kernel) di atas input dan menghitung, di setiap posisi, jumlah berbobot nilai-nilai di bawahnya ditambah bias.',
		},
	},
	{
		id: 'cnn',
		term: { en: 'convolutional neural network (CNN)', id: 'jaringan saraf konvolusi (CNN)' },
		aliases: {
			en: ['convolutional neural network', 'convolutional neural networks', 'CNN', 'CNNs'],
			id: ['jaringan saraf konvolusi', 'CNN'],
		},
		definition: {
			en: 'A neural network whose main layers are convolutional, usually with pooling layers, built for grid-shaped data such as images.',
			id: 'Jaringan saraf yang lapisan utamanya lapisan konvolusi, biasanya dengan lapisan pooling, dirancang untuk data berbentuk grid seperti gambar.',
		},
	},
	{
		id: 'kernel',
		term: { en: 'kernel (filter)', id: 'kernel (filter)' },
		aliases: {
			en: ['kernel', 'kernels', 'filter', 'filters'],
			id: ['kernel', 'filter'],
		},
		definition: {
			en: 'The small window of weights a convolutional layer slides over its input, e.g. 3×3 across all input channels; the layer has one per output feature map.',
			id: 'Jendela kecil berisi bobot yang digeser lapisan konvolusi di atas inputnya, misalnya 3×3 di semua kanal input; lapisan itu punya satu kernel untuk setiap peta fitur output.',
		},
	},
	{
		id: 'feature-map',
		term: { en: 'feature map', id: 'peta fitur' },
		aliases: {
			en: ['feature map', 'feature maps'],
			id: ['peta fitur'],
		},
		definition: {
			en: 'The output of one filter of a convolutional layer: a 2D grid showing where in the input that filter’s pattern was found.',
			id: 'Output satu filter lapisan konvolusi: grid 2D yang menunjukkan di mana pola filter itu ditemukan pada input.',
		},
	},
	{
		id: 'receptive-field',
		term: { en: 'receptive field', id: 'medan reseptif' },
		aliases: {
			en: ['receptive field', 'receptive fields'],
			id: ['medan reseptif'],
		},
		definition: {
			en: 'The region of the input image that one neuron depends on; it grows with every layer, and faster with larger strides.',
			id: 'Daerah gambar input yang memengaruhi satu neuron; ukurannya bertambah di setiap lapisan, dan lebih cepat dengan stride yang lebih besar.',
		},
	},
	{
		id: 'stride',
		term: { en: 'stride', id: 'langkah' },
		aliases: {
			en: ['stride', 'strides', 'strided'],
			id: ['stride', 'langkah (stride)'],
		},
		definition: {
			en: 'The step, in pixels, by which a kernel or pooling window moves; a stride of s divides the output’s height and width by about s.',
			id: 'Besar langkah, dalam piksel, pergeseran kernel atau jendela pooling (lebih sering ditulis stride); stride s membagi tinggi dan lebar output kira-kira dengan s.',
		},
	},
	{
		id: 'padding',
		term: { en: 'padding', id: 'padding' },
		aliases: {
			en: ['padding'],
			id: ['padding'],
		},
		definition: {
			en: 'Zeros added around the input: “valid” adds none, so the output shrinks; “same” adds just enough that with stride 1 the output keeps the input’s size.',
			id: 'Nol yang ditambahkan di sekeliling input: “valid” tidak menambah apa pun sehingga output mengecil; “same” menambah secukupnya sehingga dengan stride 1 ukuran output sama dengan input.',
		},
	},
	{
		id: 'pooling',
		term: { en: 'pooling', id: 'pooling' },
		aliases: {
			en: ['pooling', 'pooling layer', 'pooling layers'],
			id: ['pooling', 'lapisan pooling'],
		},
		definition: {
			en: 'A layer without parameters that shrinks feature maps by summarising each window (its maximum or its average), channel by channel.',
			id: 'Lapisan tanpa parameter yang mengecilkan peta fitur dengan meringkas setiap jendela (nilai maksimum atau rata-ratanya), kanal demi kanal.',
		},
	},
	{
		id: 'max-pooling',
		term: { en: 'max pooling', id: 'max pooling' },
		aliases: {
			en: ['max pooling', 'max-pooling'],
			id: ['max pooling', 'max-pooling'],
		},
		definition: {
			en: 'Pooling that keeps the largest value of each window; it gives a little invariance to small shifts.',
			id: 'Pooling yang menyimpan nilai terbesar setiap jendela; memberi sedikit invariansi terhadap pergeseran kecil.',
		},
	},
	{
		id: 'average-pooling',
		term: { en: 'average pooling', id: 'pooling rata-rata' },
		aliases: {
			en: ['average pooling', 'average-pooling'],
			id: ['pooling rata-rata', 'average pooling'],
		},
		definition: {
			en: 'Pooling that keeps the mean of each window; LeNet-5 used it after every convolution.',
			id: 'Pooling yang menyimpan rata-rata setiap jendela; LeNet-5 memakainya sesudah setiap konvolusi.',
		},
	},
	{
		id: 'global-pooling',
		term: { en: 'global average pooling', id: 'pooling rata-rata global' },
		aliases: {
			en: ['global average pooling', 'global pooling', 'global max pooling'],
			id: ['pooling rata-rata global', 'global average pooling', 'global pooling'],
		},
		definition: {
			en: 'Reducing each whole feature map to one number (its average), often used instead of large dense layers at the top of a CNN.',
			id: 'Meringkas seluruh peta fitur menjadi satu angka (rata-ratanya), sering dipakai sebagai ganti lapisan dense besar di puncak CNN.',
		},
	},
	{
		id: 'parameter-sharing',
		term: { en: 'parameter sharing', id: 'berbagi parameter' },
		aliases: {
			en: ['parameter sharing', 'weight sharing'],
			id: ['berbagi parameter', 'parameter sharing'],
		},
		definition: {
			en: 'Every position of a feature map uses the same kernel, so the parameter count does not depend on the image size.',
			id: 'Setiap posisi sebuah peta fitur memakai kernel yang sama, sehingga jumlah parameter tidak bergantung pada ukuran gambar.',
		},
	},
	{
		id: 'sparse-connectivity',
		term: { en: 'sparse connectivity', id: 'sparsitas koneksi' },
		aliases: {
			en: [
				'sparse connectivity',
				'sparse connections',
				'sparsity of connections',
				'local connectivity',
				'sparsity',
			],
			id: ['sparsitas koneksi', 'konektivitas lokal', 'sparsitas'],
		},
		definition: {
			en: 'Each output depends on a small window of the input, not on all of it; this saves both parameters and computation.',
			id: 'Setiap output hanya bergantung pada jendela kecil input, bukan seluruhnya; ini menghemat parameter sekaligus komputasi.',
		},
	},
	{
		id: 'equivariance',
		term: { en: 'translation equivariance', id: 'ekuivariansi translasi' },
		aliases: {
			en: ['translation equivariance', 'equivariance', 'equivariant'],
			id: ['ekuivariansi translasi', 'ekuivariansi', 'ekuivarian'],
		},
		definition: {
			en: 'Shifting the input shifts the output by the same amount; convolution with stride 1 has this property.',
			id: 'Menggeser input menggeser output sejauh yang sama; konvolusi dengan stride 1 bersifat demikian.',
		},
	},
	{
		id: 'invariance',
		term: { en: 'translation invariance', id: 'invariansi translasi' },
		aliases: {
			en: ['translation invariance', 'invariance', 'invariant'],
			id: ['invariansi translasi', 'invariansi', 'invarian'],
		},
		definition: {
			en: 'Shifting the input leaves the output unchanged; a CNN gets only part of it, from pooling and global pooling.',
			id: 'Menggeser input tidak mengubah output; CNN hanya mendapatkannya sebagian, dari pooling dan global pooling.',
		},
	},
	{
		id: 'channel',
		term: { en: 'channel', id: 'kanal' },
		aliases: {
			en: ['channel', 'channels'],
			id: ['kanal', 'channel'],
		},
		definition: {
			en: 'One of the 2D slices along the depth of an input or of a layer’s output, e.g. the R, G or B of an image, or one feature map.',
			id: 'Salah satu irisan 2D sepanjang kedalaman input atau output lapisan, misalnya R, G, atau B pada gambar, atau satu peta fitur.',
		},
	},
	{
		id: 'bias',
		term: { en: 'bias', id: 'bias' },
		aliases: {
			en: ['bias', 'biases'],
			id: ['bias'],
		},
		definition: {
			en: 'A learned constant added to a neuron’s weighted sum; a convolutional layer has one per filter.',
			id: 'Konstanta yang dipelajari dan ditambahkan ke jumlah berbobot sebuah neuron; lapisan konvolusi punya satu bias per filter.',
		},
	},
	{
		id: 'activation',
		term: { en: 'activation', id: 'aktivasi' },
		aliases: {
			en: ['activation', 'activations'],
			id: ['aktivasi'],
		},
		definition: {
			en: 'The output of a neuron, or of a whole layer; in training, every layer’s activations are kept for backpropagation and fill most of the memory.',
			id: 'Output sebuah neuron, atau seluruh lapisan; saat pelatihan aktivasi setiap lapisan disimpan untuk backpropagation dan memenuhi sebagian besar memori.',
		},
	},
	{
		id: 'relu',
		term: { en: 'ReLU', id: 'ReLU' },
		aliases: {
			en: ['ReLU', 'rectified linear unit'],
			id: ['ReLU'],
		},
		definition: {
			en: 'The activation function max(0, x), made standard by AlexNet: it does not saturate for positive inputs, so gradients do not vanish there.',
			id: 'Fungsi aktivasi max(0, x) yang dijadikan standar oleh AlexNet: tidak jenuh untuk input positif, sehingga gradiennya tidak menghilang di sana.',
		},
	},
	{
		id: 'dropout',
		term: { en: 'dropout', id: 'dropout' },
		aliases: {
			en: ['dropout'],
			id: ['dropout'],
		},
		definition: {
			en: 'Switching off a random fraction of neurons at each training step, so the network cannot rely on any one of them; it fights overfitting.',
			id: 'Mematikan sebagian neuron secara acak di setiap langkah pelatihan agar jaringan tidak bergantung pada satu neuron saja; melawan overfitting.',
		},
	},
	{
		id: 'batch-normalization',
		term: { en: 'batch normalization', id: 'batch normalization (normalisasi batch)' },
		aliases: {
			en: ['batch normalization', 'batch normalisation', 'batch norm', 'BatchNorm'],
			id: ['batch normalization', 'normalisasi batch', 'batch norm', 'BatchNorm'],
		},
		definition: {
			en: 'Normalising each channel with the mini-batch’s mean and variance, then applying a learned scale and shift; it replaced LRN.',
			id: 'Menormalkan setiap kanal dengan rata-rata dan varians mini-batch, lalu menerapkan skala dan geser yang dipelajari; menggantikan LRN.',
		},
	},
	{
		id: 'lrn',
		term: {
			en: 'local response normalization (LRN)',
			id: 'local response normalization (LRN)',
		},
		aliases: {
			en: ['local response normalization', 'LRN'],
			id: ['local response normalization', 'normalisasi respons lokal', 'LRN'],
		},
		definition: {
			en: 'Dividing each activation by a term that grows with the squared activations of neighbouring feature maps at the same position, as AlexNet did.',
			id: 'Membagi setiap aktivasi dengan besaran yang tumbuh bersama kuadrat aktivasi peta fitur tetangga di posisi yang sama, seperti di AlexNet.',
		},
	},
	{
		id: 'lateral-inhibition',
		term: { en: 'lateral inhibition', id: 'inhibisi lateral' },
		aliases: {
			en: ['lateral inhibition'],
			id: ['inhibisi lateral'],
		},
		definition: {
			en: 'A strongly excited neuron suppressing its neighbours, as biological neurons do; the effect LRN imitates.',
			id: 'Neuron yang terangsang kuat meredam tetangganya, seperti pada neuron biologis; efek yang ditiru LRN.',
		},
	},
	{
		id: 'inception-module',
		term: { en: 'inception module', id: 'modul inception' },
		aliases: {
			en: ['inception module', 'inception modules'],
			id: ['modul inception'],
		},
		definition: {
			en: 'GoogLeNet’s block: 1×1, 3×3 and 5×5 convolutions and a pooling branch run in parallel, their outputs concatenated along the depth.',
			id: 'Blok GoogLeNet: konvolusi 1×1, 3×3, 5×5, dan sebuah cabang pooling dijalankan paralel, lalu outputnya digabung sepanjang kedalaman.',
		},
	},
	{
		id: 'conv-1x1',
		term: { en: '1×1 convolution', id: 'konvolusi 1×1' },
		aliases: {
			en: ['1×1 convolution', '1×1 convolutions', '1x1 convolution', 'pointwise convolution'],
			id: ['konvolusi 1×1', 'konvolusi 1x1'],
		},
		definition: {
			en: 'A convolution that looks at one pixel across all channels: it mixes channels and changes their number cheaply.',
			id: 'Konvolusi yang melihat satu piksel di semua kanal: ia mencampur kanal dan mengubah jumlahnya dengan murah.',
		},
	},
	{
		id: 'bottleneck',
		term: { en: 'bottleneck', id: 'penyempit (bottleneck)' },
		aliases: {
			en: ['bottleneck', 'bottlenecks'],
			id: ['penyempit', 'bottleneck'],
		},
		definition: {
			en: 'A 1×1 convolution that cuts the number of channels before an expensive convolution, as in GoogLeNet and ResNet-50.',
			id: 'Konvolusi 1×1 yang mengurangi jumlah kanal sebelum konvolusi yang mahal, seperti pada GoogLeNet dan ResNet-50.',
		},
	},
	{
		id: 'skip-connection',
		term: { en: 'skip connection', id: 'koneksi lompat (sambungan pintas)' },
		aliases: {
			en: ['skip connection', 'skip connections', 'shortcut connection', 'shortcut connections'],
			id: ['koneksi lompat', 'sambungan pintas', 'skip connection'],
		},
		definition: {
			en: 'A path that carries a layer’s input past one or more layers and adds it to their output (ResNet) or concatenates it with it (U-Net).',
			id: 'Jalur yang membawa input sebuah lapisan melewati satu lapisan atau lebih, lalu menjumlahkannya ke outputnya (ResNet) atau menyambungkannya (U-Net).',
		},
	},
	{
		id: 'residual-unit',
		term: { en: 'residual unit', id: 'unit residual' },
		aliases: {
			en: ['residual unit', 'residual units', 'residual block', 'residual blocks'],
			id: ['unit residual', 'blok residual'],
		},
		definition: {
			en: 'A few layers wrapped by a skip connection, so they learn only the difference f(x) = h(x) − x; the building block of ResNet.',
			id: 'Beberapa lapisan yang dibungkus koneksi lompat sehingga cukup mempelajari selisihnya, f(x) = h(x) − x; bahan dasar ResNet.',
		},
	},
	{
		id: 'se-block',
		term: { en: 'squeeze-and-excitation (SE) block', id: 'blok squeeze-and-excitation (SE)' },
		aliases: {
			en: ['SE block', 'SE blocks', 'squeeze-and-excitation block'],
			id: ['blok SE', 'blok squeeze-and-excitation'],
		},
		definition: {
			en: 'SENet’s block: it pools each feature map to one number, passes these through a small dense network, and rescales each map by the result.',
			id: 'Blok SENet: meringkas setiap peta fitur menjadi satu angka, melewatkannya ke jaringan dense kecil, lalu mengalikan setiap peta dengan hasilnya.',
		},
	},
	{
		id: 'depthwise-separable-convolution',
		term: {
			en: 'depthwise separable convolution',
			id: 'konvolusi terpisah per kedalaman',
		},
		aliases: {
			en: [
				'depthwise separable convolution',
				'depthwise separable convolutions',
				'separable convolution',
				'separable convolutions',
			],
			id: [
				'konvolusi terpisah per kedalaman',
				'konvolusi terpisah',
				'depthwise separable convolution',
			],
		},
		definition: {
			en: 'One spatial filter per input channel followed by a 1×1 convolution that mixes the channels: far fewer parameters than a regular convolution (Xception).',
			id: 'Satu filter spasial per kanal input, diikuti konvolusi 1×1 yang mencampur kanal: parameternya jauh lebih sedikit daripada konvolusi biasa (Xception).',
		},
	},
	{
		id: 'dense-layer',
		term: { en: 'dense (fully connected) layer', id: 'lapisan dense (terhubung penuh)' },
		aliases: {
			en: [
				'dense layer',
				'dense layers',
				'fully connected layer',
				'fully connected layers',
				'fully connected',
			],
			id: ['lapisan dense', 'terhubung penuh', 'fully connected'],
		},
		definition: {
			en: 'A layer in which every neuron is connected to every input value, so its weight count grows with the size of the input.',
			id: 'Lapisan yang setiap neuronnya terhubung ke setiap nilai input, sehingga jumlah bobotnya tumbuh bersama ukuran input.',
		},
	},
	{
		id: 'fcn',
		term: {
			en: 'fully convolutional network (FCN)',
			id: 'jaringan konvolusi penuh (FCN)',
		},
		aliases: {
			en: ['fully convolutional network', 'fully convolutional networks', 'FCN', 'FCNs'],
			id: ['jaringan konvolusi penuh', 'fully convolutional network', 'FCN'],
		},
		definition: {
			en: 'A network of convolutional and pooling layers only, without dense layers, so it accepts images of any size and outputs a grid of predictions.',
			id: 'Jaringan yang hanya berisi lapisan konvolusi dan pooling, tanpa lapisan dense, sehingga menerima gambar berukuran apa pun dan menghasilkan grid prediksi.',
		},
	},
	{
		id: 'downsampling',
		term: { en: 'downsampling', id: 'downsampling' },
		aliases: {
			en: ['downsampling'],
			id: ['downsampling'],
		},
		definition: {
			en: 'Shrinking a feature map’s height and width, with pooling or a strided convolution.',
			id: 'Mengecilkan tinggi dan lebar peta fitur, dengan pooling atau konvolusi ber-stride.',
		},
	},
	{
		id: 'upsampling',
		term: { en: 'upsampling', id: 'upsampling' },
		aliases: {
			en: ['upsampling', 'upsample', 'upsampled'],
			id: ['upsampling'],
		},
		definition: {
			en: 'Enlarging a feature map back towards the image size, e.g. by bilinear interpolation or a transposed convolution.',
			id: 'Memperbesar peta fitur kembali ke arah ukuran gambar, misalnya dengan interpolasi bilinear atau konvolusi transpos.',
		},
	},
	{
		id: 'transposed-convolution',
		term: { en: 'transposed convolution', id: 'konvolusi transpos' },
		aliases: {
			en: ['transposed convolution', 'transposed convolutions'],
			id: ['konvolusi transpos', 'transposed convolution'],
		},
		definition: {
			en: 'A learned upsampling layer: each input value multiplies the kernel, and the result is added into a window of a larger output.',
			id: 'Lapisan upsampling yang dipelajari: setiap nilai input dikalikan dengan kernel, dan hasilnya ditambahkan ke sebuah jendela pada output yang lebih besar.',
		},
	},
	{
		id: 'bilinear-interpolation',
		term: { en: 'bilinear interpolation', id: 'interpolasi bilinear' },
		aliases: {
			en: ['bilinear interpolation'],
			id: ['interpolasi bilinear', 'bilinear interpolation'],
		},
		definition: {
			en: 'Upsampling without parameters: each new value is a weighted average of the four nearest known values.',
			id: 'Upsampling tanpa parameter: setiap nilai baru adalah rata-rata berbobot dari empat nilai terdekat yang diketahui.',
		},
	},
	{
		id: 'semantic-segmentation',
		term: { en: 'semantic segmentation', id: 'segmentasi semantik' },
		aliases: {
			en: ['semantic segmentation'],
			id: ['segmentasi semantik', 'semantic segmentation'],
		},
		definition: {
			en: 'Giving every pixel of an image the class of the object it belongs to, such as road, car or pedestrian.',
			id: 'Memberi setiap piksel gambar kelas objek tempatnya berada, misalnya jalan, mobil, atau pejalan kaki.',
		},
	},
	{
		id: 'u-net',
		term: { en: 'U-Net', id: 'U-Net' },
		aliases: {
			en: ['U-Net'],
			id: ['U-Net'],
		},
		definition: {
			en: 'A symmetric encoder–decoder segmentation network whose decoder concatenates the encoder’s feature maps of the same resolution at every level.',
			id: 'Jaringan segmentasi encoder–decoder yang simetris; di setiap tingkat decoder-nya menyambungkan peta fitur encoder yang resolusinya sama.',
		},
	},
	{
		id: 'iou',
		term: { en: 'intersection over union (IoU)', id: 'intersection over union (IoU)' },
		aliases: {
			en: ['intersection over union', 'mean IoU', 'IoU', 'mIoU'],
			id: ['intersection over union', 'mean IoU', 'IoU', 'mIoU'],
		},
		definition: {
			en: 'The pixels both predicted and truly of a class, divided by the pixels that are either; mean IoU averages it over the classes.',
			id: 'Piksel yang diprediksi sekaligus sebenarnya termasuk sebuah kelas, dibagi piksel yang termasuk salah satunya; mean IoU merata-ratakannya atas semua kelas.',
		},
	},
	{
		id: 'class-imbalance',
		term: { en: 'class imbalance', id: 'ketidakseimbangan kelas' },
		aliases: {
			en: ['class imbalance'],
			id: ['ketidakseimbangan kelas', 'class imbalance'],
		},
		definition: {
			en: 'Some classes cover far more examples (or pixels) than others, so the large ones dominate the loss; weighted or Dice losses counter it.',
			id: 'Sebagian kelas menempati jauh lebih banyak contoh (atau piksel) daripada yang lain, sehingga kelas besar mendominasi loss; loss berbobot atau Dice mengatasinya.',
		},
	},
	{
		id: 'mini-batch',
		term: { en: 'mini-batch', id: 'mini-batch' },
		aliases: {
			en: ['mini-batch', 'mini-batches', 'minibatch'],
			id: ['mini-batch'],
		},
		definition: {
			en: 'The small group of training examples processed together in one training step; activation memory grows in proportion to its size.',
			id: 'Sekelompok kecil contoh latih yang diproses bersama dalam satu langkah pelatihan; memori aktivasi tumbuh sebanding dengan ukurannya.',
		},
	},
	{
		id: 'backpropagation',
		term: { en: 'backpropagation', id: 'backpropagation' },
		aliases: {
			en: ['backpropagation'],
			id: ['backpropagation', 'propagasi balik'],
		},
		definition: {
			en: 'Computing the gradient of the loss for every weight by going backwards through the layers, using the activations kept from the forward pass.',
			id: 'Menghitung gradien loss untuk setiap bobot dengan berjalan mundur melewati lapisan-lapisan, memakai aktivasi yang disimpan dari langkah maju.',
		},
	},
	{
		id: 'mixed-precision',
		term: { en: 'mixed precision', id: 'mixed precision' },
		aliases: {
			en: ['mixed precision', 'mixed-precision'],
			id: ['mixed precision', 'mixed-precision'],
		},
		definition: {
			en: 'Training with most computation and activations in 16-bit floats while keeping a 32-bit master copy of the weights.',
			id: 'Melatih dengan sebagian besar perhitungan dan aktivasi dalam float 16-bit sambil menyimpan salinan utama bobot dalam float 32-bit.',
		},
	},
	{
		id: 'gradient-checkpointing',
		term: { en: 'gradient checkpointing', id: 'gradient checkpointing' },
		aliases: {
			en: ['gradient checkpointing'],
			id: ['gradient checkpointing'],
		},
		definition: {
			en: 'Keeping only some layers’ outputs in the forward pass and recomputing the rest in the backward pass: less memory for more computation.',
			id: 'Hanya menyimpan output sebagian lapisan saat langkah maju dan menghitung ulang sisanya saat langkah mundur: memori lebih hemat, komputasi bertambah.',
		},
	},
	{
		id: 'data-parallelism',
		term: { en: 'data parallelism', id: 'paralelisme data' },
		aliases: {
			en: ['data parallelism'],
			id: ['paralelisme data', 'data parallelism'],
		},
		definition: {
			en: 'Splitting each mini-batch across several devices that each hold a full copy of the model, then combining their gradients.',
			id: 'Membagi setiap mini-batch ke beberapa perangkat yang masing-masing memegang salinan lengkap model, lalu menggabungkan gradiennya.',
		},
	},
	{
		id: 'mac',
		term: { en: 'multiply–accumulate (MAC)', id: 'perkalian-tambah (MAC)' },
		aliases: {
			en: [
				'multiply–accumulate',
				'multiply-accumulate',
				'multiply-add',
				'multiply-adds',
				'MAC',
				'MACs',
			],
			id: ['perkalian-tambah', 'MAC'],
		},
		definition: {
			en: 'One multiplication plus one addition, the usual unit for counting a layer’s computation: a 3×3 convolution over 200 channels costs 1,800 per output value.',
			id: 'Satu perkalian ditambah satu penjumlahan, satuan yang lazim untuk menghitung komputasi lapisan: konvolusi 3×3 atas 200 kanal butuh 1.800 per nilai output.',
		},
	},
	{
		id: 'mebibyte',
		term: { en: 'mebibyte (MiB) and megabyte (MB)', id: 'mebibita (MiB) dan megabita (MB)' },
		aliases: {
			en: ['mebibyte', 'mebibytes', 'megabyte', 'megabytes'],
			id: ['mebibita', 'megabita'],
		},
		definition: {
			en: 'A mebibyte is 2²⁰ = 1,048,576 bytes, a megabyte 10⁶ bytes; so a “4 GB” GPU with 4 GiB holds about 4,295 MB.',
			id: 'Satu mebibita = 2²⁰ = 1.048.576 bita, satu megabita = 10⁶ bita; jadi GPU “4 GB” berisi 4 GiB memuat sekitar 4.295 MB.',
		},
	},
	{
		id: 'transfer-learning',
		term: { en: 'transfer learning', id: 'transfer learning (pembelajaran alih)' },
		aliases: {
			en: ['transfer learning', 'pretrained model', 'pretrained models'],
			id: ['transfer learning', 'pembelajaran alih', 'model yang sudah dilatih'],
		},
		definition: {
			en: 'Reusing the layers of a network trained on a large dataset (often ImageNet) for a new task with little data, under a new head.',
			id: 'Memakai ulang lapisan jaringan yang sudah dilatih pada set data besar (sering ImageNet) untuk tugas baru yang datanya sedikit, dengan kepala baru.',
		},
	},
	{
		id: 'fine-tuning',
		term: { en: 'fine-tuning', id: 'fine-tuning' },
		aliases: {
			en: ['fine-tuning', 'fine-tune', 'fine tuning'],
			id: ['fine-tuning', 'fine tuning', 'penyetelan halus'],
		},
		definition: {
			en: 'Training some pretrained layers further on the new task, after the new head has learned, with a much lower learning rate.',
			id: 'Melatih lebih lanjut sebagian lapisan yang sudah dilatih pada tugas baru, sesudah kepala baru terlatih, dengan laju belajar yang jauh lebih kecil.',
		},
	},
	{
		id: 'style-transfer',
		term: { en: 'neural style transfer', id: 'transfer gaya (style transfer)' },
		aliases: {
			en: ['style transfer', 'neural style transfer', 'gram matrix', 'gram matrices'],
			id: ['transfer gaya', 'style transfer', 'matriks gram', 'gram matrix'],
		},
		definition: {
			en: 'Redrawing an image in another image’s style by optimising its pixels: content from a deep layer’s feature maps, style from Gram matrices of several layers.',
			id: 'Menggambar ulang sebuah gambar dengan gaya gambar lain dengan mengoptimasi pikselnya: konten dari peta fitur lapisan dalam, gaya dari matriks Gram beberapa lapisan.',
		},
	},
	{
		id: 'compound-scaling',
		term: { en: 'compound scaling', id: 'penskalaan majemuk' },
		aliases: {
			en: ['compound scaling', 'EfficientNet', 'MBConv', 'inverted residual'],
			id: ['penskalaan majemuk', 'compound scaling', 'EfficientNet', 'MBConv', 'residual terbalik'],
		},
		definition: {
			en: 'EfficientNet’s rule: depth, width and input resolution grow together, by α^φ, β^φ and γ^φ for one coefficient φ, with α·β²·γ² ≈ 2.',
			id: 'Aturan EfficientNet: kedalaman, lebar, dan resolusi input dibesarkan bersama, dengan α^φ, β^φ, dan γ^φ untuk satu koefisien φ, dengan α·β²·γ² ≈ 2.',
		},
	},
	{
		id: 'data-augmentation',
		term: { en: 'data augmentation', id: 'augmentasi data' },
		aliases: {
			en: ['data augmentation'],
			id: ['augmentasi data', 'data augmentation'],
		},
		definition: {
			en: 'Enlarging the training set with modified copies of its images (random crops, flips, colour changes) so the model generalises better.',
			id: 'Memperbanyak set latih dengan salinan gambar yang diubah (potongan acak, pencerminan, perubahan warna) agar model lebih mampu menggeneralisasi.',
		},
	},
	{
		id: 'overfitting',
		term: { en: 'overfitting', id: 'overfitting' },
		aliases: {
			en: ['overfitting', 'overfit', 'overfits'],
			id: ['overfitting'],
		},
		definition: {
			en: 'Fitting the training data so closely that the model does worse on new data; more parameters make it more likely.',
			id: 'Model terlalu menyesuaikan diri dengan data latih sehingga kinerjanya buruk pada data baru; makin banyak parameter, makin besar risikonya.',
		},
	},
];

/**
 * Whether Indonesian keeps the English word for this term (padding, dropout). The glossary page
 * says so instead of printing the same word twice as its own translation.
 */
export function isBorrowed(entry: GlossaryEntry): boolean {
	return entry.term.id.toLowerCase() === entry.term.en.toLowerCase();
}

/**
 * The URL of a term's entry on the glossary page of a language, under the site's base path, so
 * that links written at build time keep working when the site is served from a sub-path.
 */
export function glossaryHref(base: string, lang: Lang, id: string): string {
	const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
	return `${withBase(base, `${prefix}${GLOSSARY_SLUG}/`)}#${id}`;
}

/**
 * The entries in the alphabetical order of a language's terms, as that language sorts them (so
 * an Indonesian reader finds "peta fitur" under P, an English one finds "feature map" under F).
 */
export function sortedGlossary(lang: Lang, entries = GLOSSARY): GlossaryEntry[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	return [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
