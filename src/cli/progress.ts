/**
 * Progress for long commands: a bar that redraws itself on a terminal, plain lines (at most one
 * every two seconds) when the output goes to a file or a CI log.
 */
export function progressPrinter(label: string, quiet = false) {
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  const update = (done: number, total: number | null | undefined) => {
    if (quiet) return;
    const fraction = total ? Math.min(1, done / total) : 0;
    if (tty) {
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const counts = total ? `${done.toLocaleString('en')}/${total.toLocaleString('en')}` : done.toLocaleString('en');
      process.stderr.write(`\r${label} ${bar} ${Math.round(fraction * 100)}% ${counts}`);
    } else if (Date.now() - lastLine > 2000 || (total && done >= total)) {
      lastLine = Date.now();
      process.stderr.write(`${label}: ${done}${total ? ` of ${total}` : ''}\n`);
    }
  };
  return Object.assign(update, {
    done() {
      if (tty && !quiet) process.stderr.write('\n');
    },
  });
}
