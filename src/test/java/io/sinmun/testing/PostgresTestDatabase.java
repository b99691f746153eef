package io.sinmun.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against: {@code SINMUN_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code SINMUN_TEST_PG_USER}, default
 * {@code postgres}). Each test application gets a schema of its own, so runs never see each
 * other's rows; schemas left by killed runs are dropped after a day.
 */
public final class PostgresTestDatabase {

    public static final String URL = env("SINMUN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("SINMUN_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("SINMUN_TEST_PG_PASSWORD", "");
    private static final String PREFIX = "sinmun_t_";

    private static volatile String unavailableReason;
    private static volatile boolean checked;

    private PostgresTestDatabase() {
    }

    /** Null when the server answers; otherwise why not. */
    public static synchronized String unavailableReason() {
        if (!checked) {
            try (Connection connection = connect()) {
                dropStaleSchemas(connection);
                unavailableReason = null;
            }
            catch (SQLException ex) {
                unavailableReason = "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + ex.getMessage();
            }
            checked = true;
        }
        return unavailableReason;
    }

    /** Creates an empty schema and returns its name. */
    public static String createSchema() {
        String schema = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
        execute("create schema " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    /** The JDBC URL that makes the given schema the default for every connection. */
    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("PostgreSQL: " + sql + " failed", ex);
        }
    }

    private static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(URL, props);
    }

    private static void dropStaleSchemas(Connection connection) throws SQLException {
        long dayAgo = Instant.now().getEpochSecond() - 86_400;
        List<String> stale = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select nspname from pg_namespace where nspname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < dayAgo) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + name + " cascade");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
