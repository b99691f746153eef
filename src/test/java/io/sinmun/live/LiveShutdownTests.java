package io.sinmun.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.sinmun.SinmunApplication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the server ends open streams at once: the web server's graceful shutdown would otherwise wait
 * its whole timeout (30 s) for requests that never finish by themselves. Its own application,
 * since the test closes it.
 */
class LiveShutdownTests {

    @Test
    void shuttingDownEndsOpenStreamsInsteadOfWaitingForThem() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SinmunApplication.class)
                .properties("server.port=0", "sinmun.test.context=live-shutdown", "sinmun.demo=false",
                        "spring.lifecycle.timeout-per-shutdown-phase=30s")
                .run();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            try (SseReader first = new SseReader(port, "/api/v1/stream", Map.of());
                    SseReader second = new SseReader(port, "/api/v1/stream", Map.of())) {
                assertThat(app.getBean(LiveEvents.class).openStreams()).isEqualTo(2);
                long started = System.nanoTime();
                app.close();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
                await().atMost(Duration.ofSeconds(5)).until(() -> first.ended() && second.ended());
            }
        }
        finally {
            app.close();
        }
    }
}
