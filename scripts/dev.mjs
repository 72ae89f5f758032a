// The developer's loop: the API server restarting on change (tsx watch) and Vite's dev server with
// hot reload for the web app, which proxies /api to the server. Open http://localhost:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('node_modules/.bin/tsx', ['watch', '--clear-screen=false', 'src/cli/qm.ts', 'serve'], { stdio: 'inherit' }),
  spawn('node_modules/.bin/vite', ['--config', 'web/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
