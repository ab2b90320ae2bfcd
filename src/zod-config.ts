// Zod compiles parsers with `new Function` unless told not to; under this app's CSP that probe
// is blocked and reported as a violation. Imported first by every module that builds schemas
// (zod reads the setting when a schema is built), so zod stays off the first load.
import * as z from 'zod/mini';

z.config({ jitless: true });
