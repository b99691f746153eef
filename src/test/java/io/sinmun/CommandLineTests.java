package io.sinmun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.Test;

/** {@code java -jar sinmun.jar <command>}: the dispatch, its exit statuses and a real run. */
class CommandLineTests {

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWithTwo() {
        String err = stderrOf(() -> assertThat(SinmunApplication.runCommand("frobnicate")).isEqualTo(2));
        assertThat(err).contains("알 수 없는 명령: frobnicate", "generate --articles N", "reindex");
    }

    @Test
    void generateAppendsArticlesAndRefusesBadOptions() throws Exception {
        Path dir = TestDataDirectory.create();
        String[] common = { "--sinmun.data-dir=" + dir, "--sinmun.demo=false", "--sinmun.test.context=command" };

        assertThat(SinmunApplication.runCommand(concat(new String[] { "generate", "--articles", "zwei" }, common)))
                .isEqualTo(2);
        assertThat(SinmunApplication.runCommand(concat(new String[] { "generate", "--colour", "red" }, common)))
                .isEqualTo(2);
        assertThat(SinmunApplication.runCommand(concat(new String[] { "generate", "--articles", "120" }, common)))
                .isEqualTo(0);
        assertThat(SinmunApplication.runCommand(concat(new String[] { "generate", "--articles=30", "--seed", "9" },
                common))).isEqualTo(0);

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").resolve("sinmun")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sinmun", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*), count(distinct number), max(number) from article where status = 'PUBLISHED'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(150);
            assertThat(rs.getLong(2)).isEqualTo(150);
            assertThat(rs.getLong(3)).isEqualTo(150);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        }
        finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
