/** The worker reads its rules before it handles any event; tests of the worker's parts start the same way. */
import { loadWorkerRules } from '../src/knowledge/worker-rules';

await loadWorkerRules();
