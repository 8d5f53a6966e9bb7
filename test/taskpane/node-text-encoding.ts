/**
 * jsdom has no TextEncoder; the Excel adapter measures request sizes with one. Imported first by
 * the pane tests that run the real adapter over the fake Excel.
 */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
