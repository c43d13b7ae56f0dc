// Every user action has a command id. Toolbar buttons, keyboard shortcuts and the
// Electron menu (Host.onMenuCommand) all run commands through one CommandBus, so each
// action has exactly one implementation and the Help dialog lists the real shortcuts.
// The ids themselves, and their keys, are in shared/commands.ts (the menu needs them too).
import type { CommandId } from '../shared/commands';

export type { CommandId };

export type CommandOrigin = 'keyboard' | 'menu' | 'toolbar';

export class CommandBus {
  private readonly handlers = new Map<CommandId, () => unknown>();
  private last: { command: CommandId; origin: CommandOrigin; at: number } | undefined;

  register(command: CommandId, handler: () => unknown): void {
    this.handlers.set(command, handler);
  }

  run(command: CommandId, origin: CommandOrigin): void {
    const now = performance.now();
    // On some platforms Electron delivers a menu accelerator AND the key to the page:
    // the same command from the other origin within a moment is that echo, not a repeat.
    if (this.last && this.last.command === command && this.last.origin !== origin && now - this.last.at < 150) return;
    this.last = { command, origin, at: now };
    const handler = this.handlers.get(command);
    if (!handler) return;
    void Promise.resolve()
      .then(handler)
      .catch((error: unknown) => {
        // Commands report their own expected failures; this is the net for bugs.
        console.error(`Command ${command} failed`, error);
      });
  }
}
