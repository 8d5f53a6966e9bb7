import { registerCommands } from '../commands/commands';
import { registerFunctions } from './functions';

// Entry of functions.js, loaded by taskpane.html before the pane: the shared runtime's page. Both
// registrations happen at load, before Office is ready: Excel looks the worksheet functions and the
// ribbon command up as soon as the runtime starts, whether or not the pane ever shows.
registerFunctions();
registerCommands();
