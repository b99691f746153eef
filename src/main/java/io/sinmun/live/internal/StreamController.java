package io.sinmun.live.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.sinmun.section.Sections;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.ProblemJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** {@code GET /api/v1/stream}: the live stream, Server-Sent Events, servlet async with non-blocking writes. */
@Tag(name = "실시간", description = "기사 발행·수정·내림과 속보를 실시간으로 받는 스트림")
@RestController
class StreamController {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,18}");

    /** Bytes of response buffer per open stream (Jetty's default is 32 KiB, held as long as the stream). */
    static final int STREAM_BUFFER = 2048;

    private final LiveBroadcaster broadcaster;
    private final LiveReplay replay;
    private final Sections sections;
    private final LiveProperties properties;

    StreamController(LiveBroadcaster broadcaster, LiveReplay replay, Sections sections, LiveProperties properties) {
        this.broadcaster = broadcaster;
        this.replay = replay;
        this.sections = sections;
        this.properties = properties;
    }

    @GetMapping("/api/v1/stream")
    @Operation(summary = "실시간 기사 스트림 (Server-Sent Events)", description = """
            text/event-stream. 이벤트: article.published, article.updated, article.withdrawn, breaking(속보, 섹션과 \
            관계없이 모두에게). 각 이벤트의 id는 이벤트 기록의 번호이고, data는 JSON(number, headline, section, path, \
            url, 시각)입니다. 다시 연결할 때 Last-Event-ID 헤더(또는 lastEventId 파라미터)를 보내면 놓친 이벤트를 \
            기록에서 먼저 보내고 이어서 실시간으로 보냅니다. 기록은 48시간 보관합니다. 그보다 오래된 id이면 남은 \
            것을 보내고 reload 이벤트(data.reason: expired, too-many, unknown)로 새로 고침을 알립니다. 15초마다 \
            주석 줄(:)을 보냅니다. retry: 값이 다시 연결할 간격입니다.""")
    @ApiResponse(responseCode = "200", description = "이벤트 스트림",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "없는 섹션이거나 Last-Event-ID가 숫자가 아닙니다",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "이 서버의 스트림 접속 한도에 이르렀거나 서버가 멈추는 중 (Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    void stream(
            @Parameter(description = "이 섹션의 기사 이벤트만 (속보는 항상)") @RequestParam(required = false) String section,
            @Parameter(in = ParameterIn.HEADER, description = "마지막으로 받은 이벤트 id")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
            @Parameter(description = "헤더를 보낼 수 없는 클라이언트용 Last-Event-ID")
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sectionFilter = section(section);
        Long lastEventId = lastEventId(lastEventIdHeader != null && !lastEventIdHeader.isBlank()
                ? lastEventIdHeader : lastEventIdParam);
        if (!broadcaster.isAccepting()) {
            response.setHeader("Retry-After", "5");
            ProblemJson.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "잠시 후 다시 연결해 주세요",
                    "서버가 멈추는 중입니다.");
            return;
        }
        long retry = properties.retry().toMillis();
        LiveStream stream = new LiveStream(sectionFilter, properties.clientQueue(),
                Frame.retry(retry + ThreadLocalRandom.current().nextLong(retry + 1)), broadcaster::unregister);
        // register first, then read the log: whatever commits in between arrives live and is merged without duplicates
        LiveBroadcaster.Registration registration = broadcaster.register(stream, properties.streamLimit());
        if (registration == null) {
            // a full node refuses rather than run out of memory; live.js tries again much later, at random
            response.setHeader("Retry-After", String.valueOf(30 + ThreadLocalRandom.current().nextInt(60)));
            ProblemJson.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "접속이 많습니다",
                    "실시간 스트림 접속이 한도에 이르렀습니다. 잠시 후 다시 연결해 주세요.");
            return;
        }
        try {
            List<Frame> missed = lastEventId == null ? List.of() : replay.after(lastEventId);
            stream.finishReplay(missed, registration.mayStillComeLive());
        }
        catch (RuntimeException ex) {
            stream.close();
            throw ex;
        }
        ShallowEtagHeaderFilter.disableContentCaching(request); // a stream has no ETag, and must not be buffered
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: pass events through at once
        // the container keeps a response buffer of this size for as long as the stream is open (for hours);
        // an event is a few hundred bytes, and a larger write (a replay) goes straight through
        // on the container's own response: the API's ETag filter wraps it, and its wrapper keeps the size to itself
        ServletResponse container = response;
        while (container instanceof ServletResponseWrapper wrapper) {
            container = wrapper.getResponse();
        }
        container.setBufferSize(STREAM_BUFFER);
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // open until the client leaves, is dropped, or the server stops
        stream.attach(async);
    }

    private String section(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sections.findBySlug(slug.strip()).map(found -> found.slug())
                .orElseThrow(() -> new BadRequestException("없는 섹션입니다. 섹션 목록은 /api/v1/sections에 있습니다."));
    }

    private static Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!EVENT_ID.matcher(id).matches()) {
            throw new BadRequestException("Last-Event-ID는 이 스트림이 보낸 이벤트 번호(숫자)여야 합니다.");
        }
        return Long.parseLong(id);
    }
}
