package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sinmun.SinmunApplication;
import io.sinmun.testing.TestDataDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** What an operator sees in the log: where the data is, which port, and a clear word when it cannot start. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    @Test
    void theLogSaysWhereTheDataLivesAndWhichPortServes(CapturedOutput output) {
        Path dir = TestDataDirectory.create();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SinmunApplication.class)
                .run("--server.port=0", "--sinmun.data-dir=" + dir, "--sinmun.demo=false")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            assertThat(output).contains("Sinmun is ready at http://localhost:" + port + "/")
                    .contains("data directory " + dir.toAbsolutePath())
                    .contains("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("sinmun"));
            assertThat(dir.resolve("db").resolve("sinmun.mv.db")).exists();
        }
    }

    @Test
    void anUnwritableDataDirectoryIsOneClearMessage(CapturedOutput output) throws Exception {
        Path file = Files.createTempFile("sinmun-not-a-folder", ".txt");
        try {
            Path impossible = file.resolve("data"); // a folder inside a file: refused even for root
            assertThatThrownBy(() -> new SpringApplicationBuilder(SinmunApplication.class)
                    .run("--server.port=0", "--sinmun.data-dir=" + impossible)).isInstanceOf(RuntimeException.class);
            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("Sinmun cannot write to its data directory " + impossible)
                    .contains("--sinmun.data-dir")
                    .doesNotContain("\tat io.sinmun");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTakenPortIsOneClearMessage(CapturedOutput output) throws Exception {
        Path dir = TestDataDirectory.create();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new SpringApplicationBuilder(SinmunApplication.class)
                    .run("--server.port=" + port, "--sinmun.data-dir=" + dir, "--sinmun.demo=false"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(output).contains("APPLICATION FAILED TO START").contains("Port " + port + " was already in use")
                    .doesNotContain("\tat org.eclipse.jetty");
        }
        finally {
            TestDataDirectory.delete(dir);
        }
    }
}
