import cliProgress from 'cli-progress';

/**
 * A progress bar on the terminal (stderr), or one line per step when the
 * output is not a terminal, so logs stay readable.
 */
export function progressReporter(label: string) {
	const tty = process.stderr.isTTY === true;
	let bar: cliProgress.SingleBar | undefined;
	return {
		update(step: string, done: number, total: number) {
			if (!tty) {
				console.error(`${label}: ${step} (${done}/${total})`);
				return;
			}
			if (!bar) {
				bar = new cliProgress.SingleBar(
					{
						format: `${label} [{bar}] {value}/{total} {step}`,
						barCompleteChar: '#',
						barIncompleteChar: '.',
						stream: process.stderr,
						hideCursor: true
					},
					cliProgress.Presets.legacy
				);
				bar.start(total, 0, { step });
			}
			bar.update(done, { step });
		},
		stop() {
			bar?.stop();
		}
	};
}
