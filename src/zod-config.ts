// Zod compiles parsers with `new Function` unless told not to; under this app's CSP that probe
// is blocked and reported as a violation. Imported first by the entry point.
import * as z from 'zod/mini';

z.config({ jitless: true });
