package io.sinmun.system.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code sinmun.data-dir} to an absolute, writable folder before anything opens a file
 * in it, and points the embedded H2 database there unless a datasource URL was given. Runs
 * before the context so that an unwritable folder is one clear message, not a pool failure.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "sinmun.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Path dir = Path.of(env.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
        ensureWritable(dir);
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put(PROPERTY, dir.toString());
        if (!env.containsProperty("spring.datasource.url")) {
            // PostgreSQL mode lets H2 take the same SQL as production (ON CONFLICT DO NOTHING);
            // DB_CLOSE_ON_EXIT=FALSE keeps it open until Spring's shutdown hooks have flushed.
            // QUERY_CACHE_SIZE: one article page runs more than H2's default 8 distinct statements
            // per connection, so each render parsed and planned every query again.
            // CACHE_SIZE (KB): sinmun.h2.cache-mb, for a node given more heap than the 512 MB target.
            derived.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").resolve("sinmun")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
                    + ";QUERY_CACHE_SIZE=128;CACHE_SIZE=" + 1024 * env.getProperty("sinmun.h2.cache-mb", Integer.class, 4));
            derived.putIfAbsent("spring.datasource.username", env.getProperty("spring.datasource.username", "sinmun"));
            // H2's value cache hashes every string it reads, whole article bodies and every row of a
            // page it decodes, to share equal values: CPU on each uncached page, memory it rarely saves
            if (System.getProperty("h2.objectCache") == null) {
                System.setProperty("h2.objectCache", "false");
            }
        }
        env.getPropertySources().addFirst(new MapPropertySource("sinmunDataDirectory", derived));
    }

    static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        }
        catch (IOException | SecurityException ex) {
            throw new DataDirectoryNotWritableException(dir, ex);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
