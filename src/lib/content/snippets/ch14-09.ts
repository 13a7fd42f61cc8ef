import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type ModelJson, type Summary } from '../../cnn/index.ts';
import { commentsIn, lines, type Snippets } from './python.ts';

/**
 * Exercise 9's code: the CNN of the book's solution for MNIST (two 3×3 "same" convolutions of 32
 * and 64 filters, 2×2 max pooling, flatten, dropout 0.25, dense 128, dropout 0.5, softmax), in
 * Keras as the book writes it and in PyTorch. The PyTorch snippet's first lines run offline on a
 * random batch, so the project's snippet runner can check the parameter count and the output shape
 * it prints; the training loop runs only where MNIST has been downloaded (`data/MNIST`).
 */
export function bookMnistCnn(): ModelJson {
	return {
		name: 'Exercise 9 (book)',
		input: [28, 28, 1],
		layers: [
			{ type: 'conv2d', filters: 32, kernel: 3, padding: 'same', activation: 'relu' },
			{ type: 'conv2d', filters: 64, kernel: 3, padding: 'same', activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'flatten' },
			{ type: 'dropout', rate: 0.25 },
			{ type: 'dense', units: 128, activation: 'relu' },
			{ type: 'dropout', rate: 0.5 },
			{ type: 'dense', units: 10, activation: 'softmax' },
		],
	};
}

/** The engine's summary of the book's CNN: 1,625,866 parameters, most in the first dense layer. */
export function bookMnistSummary(): Summary {
	return summary(parseModel(bookMnistCnn()));
}

/** The Keras and PyTorch snippets, comments in `lang`, the count from the engine. */
export function labCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const total = bookMnistSummary().totalParams;

	const keras = lines(
		'from functools import partial',
		'',
		'import keras',
		'from keras import layers',
		'',
		'(X_train_full, y_train_full), (X_test, y_test) = keras.datasets.mnist.load_data()',
		`X_train_full = X_train_full[..., None] / 255.0  ${t({ en: '# 28×28×1, in [0, 1]', id: '# 28×28×1, dalam [0, 1]' })}`,
		'X_test = X_test[..., None] / 255.0',
		'X_train, X_valid = X_train_full[:-5000], X_train_full[-5000:]',
		'y_train, y_valid = y_train_full[:-5000], y_train_full[-5000:]',
		'',
		'DefaultConv2D = partial(layers.Conv2D, kernel_size=3, padding="same",',
		'                        activation="relu", kernel_initializer="he_normal")',
		'model = keras.Sequential([',
		'    keras.Input(shape=(28, 28, 1)),',
		'    DefaultConv2D(32),',
		'    DefaultConv2D(64),',
		'    layers.MaxPooling2D(),',
		'    layers.Flatten(),',
		'    layers.Dropout(0.25),',
		'    layers.Dense(128, activation="relu", kernel_initializer="he_normal"),',
		'    layers.Dropout(0.5),',
		'    layers.Dense(10, activation="softmax"),',
		'])',
		`print(model.count_params())  # ${total}`,
		'model.compile(loss="sparse_categorical_crossentropy", optimizer="nadam",',
		'              metrics=["accuracy"])',
		'model.fit(X_train, y_train, epochs=10, validation_data=(X_valid, y_valid))',
		`model.evaluate(X_test, y_test)  ${t({ en: '# about 99.2% accuracy', id: '# akurasi sekitar 99,2%' })}`,
	);

	const pytorch = lines(
		'from pathlib import Path',
		'',
		'import torch',
		'from torch import nn',
		'',
		'torch.manual_seed(42)',
		`model = nn.Sequential(  ${t({ en: '# channels first: N×1×28×28', id: '# channel di depan: N×1×28×28' })}`,
		'    nn.Conv2d(1, 32, 3, padding="same"), nn.ReLU(),',
		'    nn.Conv2d(32, 64, 3, padding="same"), nn.ReLU(),',
		'    nn.MaxPool2d(2),',
		'    nn.Flatten(),',
		'    nn.Dropout(0.25),',
		'    nn.Linear(64 * 14 * 14, 128), nn.ReLU(),',
		'    nn.Dropout(0.5),',
		`    nn.Linear(128, 10),  ${t({ en: '# logits: CrossEntropyLoss applies the softmax', id: '# logit: CrossEntropyLoss menerapkan softmax' })}`,
		')',
		`print(sum(p.numel() for p in model.parameters()))  # ${total}`,
		'optimizer = torch.optim.NAdam(model.parameters())',
		'loss_fn = nn.CrossEntropyLoss()',
		'',
		'def train_step(X, y):',
		'    model.train()',
		'    optimizer.zero_grad()',
		`    loss = loss_fn(model(X), y)  ${t({ en: '# forward pass and loss', id: '# forward pass dan loss' })}`,
		`    loss.backward()  ${t({ en: '# gradients (backpropagation)', id: '# gradien (backpropagation)' })}`,
		`    optimizer.step()  ${t({ en: '# one optimizer step', id: '# satu langkah optimizer' })}`,
		'    return loss.item()',
		'',
		t({
			en: '# A random batch of 8 images: the shapes work, and one step runs',
			id: '# Satu batch acak 8 gambar: bentuknya cocok, dan satu langkah berjalan',
		}),
		'X, y = torch.rand(8, 1, 28, 28), torch.randint(0, 10, (8,))',
		'print(model(X).shape)  # torch.Size([8, 10])',
		'train_step(X, y)',
		'',
		t({
			en: '# MNIST itself, where torchvision has downloaded it to data/MNIST',
			id: '# MNIST sungguhan, bila torchvision sudah mengunduhnya ke data/MNIST',
		}),
		'if Path("data/MNIST").exists():',
		'    from torchvision import datasets, transforms',
		'    from torch.utils.data import DataLoader',
		'    def data(train):',
		'        return datasets.MNIST("data", train=train, transform=transforms.ToTensor())',
		'    train_loader = DataLoader(data(True), batch_size=32, shuffle=True)',
		'    for epoch in range(10):',
		'        for X, y in train_loader:',
		'            train_step(X, y)',
		'    model.eval()',
		'    with torch.no_grad():',
		'        X, y = next(iter(DataLoader(data(False), batch_size=10000)))',
		`        print((model(X).argmax(1) == y).float().mean().item())  ${t({ en: '# about 0.99', id: '# sekitar 0,99' })}`,
	);
	return { keras, pytorch };
}
