import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's time-skipping test server with the command line of its native build, which
 * @temporalio/testing spawns as {@code <port> [--enable-time-skipping]}, and a start time:
 * the native build's clock always starts at the real time, this one's at $HOSO_TEST_START.
 * It does what io.temporal.testserver.TestServer.main does, whose port-bound server has
 * no way to take an initial time.
 */
public final class Launcher {
  private static final String START_VARIABLE = "HOSO_TEST_START";

  public static void main(String[] args) throws Exception {
    try {
      serve(args);
    } catch (UsageError e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  private static void serve(String[] args) throws Exception {
    boolean timeSkippingFlag = args.length == 2 && args[1].equalsIgnoreCase("--enable-time-skipping");
    if (args.length != 1 && !timeSkippingFlag) throw new UsageError("usage: <port> [--enable-time-skipping]");
    int port = Integer.parseInt(args[0]);

    TestServicesStarter services = new TestServicesStarter(!timeSkippingFlag, initialTimeMillis());
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdown();
      try {
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      services.close();
    }));
    server.awaitTermination();
  }

  /** The server's start time; 0 tells TestServicesStarter to use the real time. */
  private static long initialTimeMillis() throws UsageError {
    String value = System.getenv(START_VARIABLE);
    if (value == null || value.isEmpty()) return 0;
    long millis;
    try {
      millis = Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new UsageError(START_VARIABLE + " must be an ISO 8601 instant such as 2027-01-25T01:00:00Z, not " + value);
    }
    if (millis <= 0) throw new UsageError(START_VARIABLE + " must be after 1970-01-01T00:00:00Z, not " + value);
    return millis;
  }

  private static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }
}
