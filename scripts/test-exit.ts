/**
 * Runs a test entry point and exits with its code. A failure before any test ran (a tool that would not install, a
 * service that would not start) still ends with the `N passed, N failed` line that CI reads.
 */
export function runTestEntry(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      console.log('\n0 passed, 1 failed');
      process.exit(1);
    },
  );
}
