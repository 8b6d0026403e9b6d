// Embedded Neo4j Community DBMS with the Bolt connector, for TTA's integration tests.
//
// Started by scripts/services.sh (which resolves the classpath with Maven and compiles
// this file with javac); not meant to be run by hand, but it can be:
//
//   java -Xmx512m -cp "Launcher-dir:$(cat classpath.txt)" Launcher HOME_DIR BOLT_PORT
//
// TEST INSTANCE ONLY: it listens on 127.0.0.1 only, and authentication is DISABLED
// (dbms.security.auth_enabled=false), so any local process can read and write it.
// Clients connect with bolt://127.0.0.1:PORT and no credentials (auth=None).
//
// Once the DBMS is up and `RETURN 1` has run through the embedded API on the default
// database, it prints one line starting with "TTA-NEO4J-READY" and blocks until it
// gets SIGTERM/SIGINT, on which a shutdown hook stops the DBMS cleanly.

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher HOME_DIR BOLT_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();

        final DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            // Netty's graceful-shutdown quiet period (default 5 s, paid twice) makes a clean
            // stop take ~11 s; 0 makes it ~1 s. Internal setting: set only if this version has it.
            setInternalIfPresent(builder, "org.neo4j.configuration.GraphDatabaseInternalSettings",
                    "netty_server_shutdown_quiet_period", 0);
            dbms = builder
                    // Bolt on loopback only, on the given (non-default) port.
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Anything else that might listen stays on loopback too; the advertised
                    // address (routing table for neo4j:// URIs) is 127.0.0.1, not "localhost",
                    // which could resolve to ::1 where nothing listens.
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                    // No server-side routing connector (it would listen on 7688).
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    // Test instance on loopback: no authentication.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // No usage-data reporting (there is no network here anyway).
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Small footprint: 64 MiB page cache, small transaction logs that are
                    // not preallocated and not kept after a checkpoint.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(8))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
                    .build();
        } catch (Throwable e) {
            System.err.println("TTA-NEO4J-FAILED: could not start the DBMS: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("TTA-NEO4J-STOPPING");
            System.out.flush();
            try {
                dbms.shutdown();
            } catch (Throwable e) {
                e.printStackTrace();
            }
            stopped.countDown();
            System.out.println("TTA-NEO4J-STOPPED");
            System.out.flush();
        }, "tta-neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            Object one = db.executeTransactionally("RETURN 1 AS one", java.util.Map.of(),
                    r -> r.next().get("one"));
            if (!(one instanceof Number) || ((Number) one).longValue() != 1L) {
                throw new IllegalStateException("RETURN 1 returned " + one);
            }
        } catch (Throwable e) {
            System.err.println("TTA-NEO4J-FAILED: RETURN 1 on the default database failed: " + e);
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook
            return;
        }

        long ms = (System.nanoTime() - t0) / 1_000_000L;
        System.out.println("TTA-NEO4J-READY bolt://" + HOST + ":" + port
                + " neo4j=" + System.getProperty("tta.neo4j.version", "?")
                + " home=" + home + " startup_ms=" + ms);
        System.out.flush();

        stopped.await(); // blocks until the shutdown hook has run
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setInternalIfPresent(DatabaseManagementServiceBuilder builder,
                                             String className, String field, Object value) {
        try {
            Object setting = Class.forName(className).getField(field).get(null);
            builder.setConfig((org.neo4j.graphdb.config.Setting) setting, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("TTA-NEO4J-NOTE: " + className + "." + field + " not set: " + e);
        }
    }
}
