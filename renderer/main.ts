// Entry point of the renderer (Electron window and browser edition alike).
import './styles/app.css';
import { GlossaApp } from './app';
import { pickHost } from './host/pick-host';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  const host = await pickHost();
  const app = new GlossaApp(root, host);
  await app.start();
}

main().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById('app');
  if (!root) return;
  const message = document.createElement('p');
  message.className = 'app-fatal';
  message.setAttribute('role', 'alert');
  message.textContent = `Glossa could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(message);
});
