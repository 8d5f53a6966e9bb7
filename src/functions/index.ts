import { registerFunctions } from './functions';

// Entry of functions.js, loaded by taskpane.html before the pane: the shared runtime's page.
registerFunctions();
