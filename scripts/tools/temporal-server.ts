import { ensureGoTool } from './go-tool';

/**
 * The Temporal server itself, not the CLI's dev server: what production runs, with its persistence in PostgreSQL.
 * Nothing publishes its binaries where this machine reaches, so it is built from source like MinIO. v1.32.0 is the
 * newest release whose go.mod asks for no newer Go than the 1.26.8 installed here (v1.32.1 wants 1.26.10).
 */
const TEMPORAL_SERVER_VERSION = 'v1.32.0';

const howToProvide = (variable: string, name: string) =>
  `Provide it in one of these ways: set ${variable}=/path/to/${name}, or install Go (https://go.dev/dl/) so it can be built once.`;

/** Returns the Temporal server binary: $TEMPORAL_SERVER_BIN, else the cached build, else builds it. */
export function ensureTemporalServer(): Promise<string> {
  return ensureGoTool({
    name: 'temporal-server',
    builtAs: 'server',
    label: 'the Temporal server',
    module: `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`,
    envVariable: 'TEMPORAL_SERVER_BIN',
    fromPath: false,
    howToProvide: howToProvide('TEMPORAL_SERVER_BIN', 'temporal-server'),
  });
}

/** Returns the tool that creates and upgrades the server's schemas in PostgreSQL (embedded in it, per release). */
export function ensureTemporalSqlTool(): Promise<string> {
  return ensureGoTool({
    name: 'temporal-sql-tool',
    builtAs: 'sql',
    label: "the Temporal server's SQL schema tool",
    module: `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    envVariable: 'TEMPORAL_SQL_TOOL_BIN',
    fromPath: false,
    howToProvide: howToProvide('TEMPORAL_SQL_TOOL_BIN', 'temporal-sql-tool'),
  });
}
