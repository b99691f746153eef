package io.sinmun.system.internal;

import javax.sql.DataSource;

import io.sinmun.system.DataDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/** One log line an operator can act on: where the data lives and where the site listens. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataDirectory dataDirectory;
    private final DataSource dataSource;
    private final Environment env;

    StartupReport(DataDirectory dataDirectory, DataSource dataSource, Environment env) {
        this.dataDirectory = dataDirectory;
        this.dataSource = dataSource;
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String port = env.getProperty("local.server.port");
        String where = port == null ? "without a web server" : "at http://localhost:" + port + "/";
        log.info("Sinmun is ready {} — data directory {}, database {}", where, dataDirectory.path(),
                describe(dataSource));
    }

    static String describe(DataSource dataSource) {
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
        if (hikari == null || hikari.getJdbcUrl() == null) {
            return dataSource.getClass().getSimpleName();
        }
        // The URL may carry a password as a parameter; print only what identifies the database.
        String url = hikari.getJdbcUrl();
        int params = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return params < 0 ? url : url.substring(0, params);
    }
}
