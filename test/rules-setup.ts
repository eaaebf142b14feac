/** The worker reads its rules before it handles any event; tests of the worker's parts start the same way. */
import { readRules } from '../src/knowledge/rules-read';

await readRules();
