/** Entry point of the forked load process: runs each spec it is sent and answers with the result. */
import { runLoad, type LoadSpec } from './http-load.js';

process.on('message', (spec: LoadSpec) => {
  runLoad(spec).then(
    (result) => process.send!(result),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
