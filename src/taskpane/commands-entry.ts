import { registerCommands } from '../commands/commands';

/**
 * commands.html, the ribbon's function file for hosts without the shared runtime (the manifest's
 * shared runtime registers the same commands from the task pane page, see index.tsx).
 */
registerCommands();
