package io.sinmun.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One stream's queue: merging the replay with live frames, and dropping a client that stops reading. */
class LiveStreamQueueTests {

    /** A connection whose socket can be opened and closed at will. */
    static final class Connection extends ServletOutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        boolean ready = true;

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
            written.write(b);
        }

        String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    private final Connection connection = new Connection();
    private final List<LiveStream> closed = new ArrayList<>();

    private LiveStream open(String section, int limit) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return connection;
            }
        };
        AsyncContext async = new MockAsyncContext(new MockHttpServletRequest(), response);
        LiveStream stream = new LiveStream(section, limit, Frame.retry(3000), closed::add);
        stream.attach(async);
        return stream;
    }

    private static Frame frame(long id, String type, String section) {
        return Frame.of(new LiveEventRow(id, type, id, 100 + id, section, "기사 " + id,
                "{\"number\":" + (100 + id) + "}", null));
    }

    @Test
    void liveFramesDuringTheReplayFollowItWithoutDuplicates() throws Exception {
        LiveStream stream = open(null, 10);
        stream.offer(frame(12, "article.published", "society")); // broadcast while the replay is read
        stream.offer(frame(13, "article.published", "society"));
        stream.finishReplay(List.of(frame(11, "article.published", "society"), frame(12, "article.published", "society"),
                frame(14, "article.updated", "society")), id -> id >= 14);
        stream.offer(frame(14, "article.updated", "society")); // came live after the replay had it
        stream.offer(frame(15, "article.published", "society"));
        stream.onWritePossible();

        assertThat(ids(connection.text())).containsExactly("11", "12", "14", "13", "15");
        assertThat(connection.text()).startsWith("retry: 3000\n\n");
    }

    @Test
    void theSectionFilterLetsBreakingNewsThrough() throws Exception {
        LiveStream stream = open("culture", 10);
        stream.finishReplay(List.of(), id -> true);
        stream.onWritePossible();
        stream.offer(frame(1, "article.published", "society"));
        stream.offer(frame(2, "breaking", "society"));
        stream.offer(frame(3, "article.published", "culture"));
        assertThat(ids(connection.text())).containsExactly("2", "3");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhenItsQueueIsFull() throws Exception {
        LiveStream stream = open(null, 3);
        stream.finishReplay(List.of(), id -> true);
        stream.onWritePossible();
        connection.ready = false; // the client's socket is full
        for (long id = 1; id <= 3; id++) {
            stream.offer(frame(id, "article.published", "society"));
        }
        assertThat(stream.isClosed()).isFalse();
        assertThat(stream.queued()).isEqualTo(3);
        stream.offer(frame(4, "article.published", "society"));
        assertThat(stream.isClosed()).isTrue();
        assertThat(stream.overflowed()).isTrue();
        assertThat(closed).containsExactly(stream);
        assertThat(Set.copyOf(ids(connection.text()))).isEmpty();
    }

    private static List<String> ids(String text) {
        return text.lines().filter(line -> line.startsWith("id: ")).map(line -> line.substring(4)).toList();
    }
}
