import { registerCommands } from './commands';

// Entry of the commands page (and of the shared runtime): the ribbon buttons need their functions
// registered before Office invokes them.
registerCommands();
