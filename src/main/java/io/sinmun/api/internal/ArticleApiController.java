package io.sinmun.api.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleDraft;
import io.sinmun.article.ArticleSummary;
import io.sinmun.article.Articles;
import io.sinmun.article.SaveResult;
import io.sinmun.newsroom.Desk;
import io.sinmun.reader.MostRead;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "기사", description = "발행된 기사 읽기, 그리고 API 토큰으로 기사 쓰기·발행")
class ArticleApiController {

    private static final CacheControl LIST_CACHE = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    private static final CacheControl ARTICLE_CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final Articles articles;
    private final Sections sections;
    private final MostRead mostRead;
    private final Desk desk;
    private final ApiViews views;

    ArticleApiController(Articles articles, Sections sections, MostRead mostRead, Desk desk, ApiViews views) {
        this.articles = articles;
        this.sections = sections;
        this.mostRead = mostRead;
        this.desk = desk;
        this.views = views;
    }

    @GetMapping("/api/v1/articles")
    @Operation(summary = "발행된 기사 목록 (최신순)", description = "page/size로 쪽 단위로, 또는 cursor로 이어서(무한 스크롤) 가져옵니다. "
            + "응답의 nextCursor를 다음 요청의 cursor로 넘기면 됩니다. page와 cursor는 함께 쓸 수 없습니다.")
    ResponseEntity<ApiJson.ArticlePage> list(
            @Parameter(description = "섹션 주소 (예: culture)") @RequestParam(required = false) String section,
            @Parameter(description = "1부터 시작하는 쪽 번호") @RequestParam(required = false) String page,
            @Parameter(description = "한 번에 가져올 기사 수 (1~100, 기본 20)") @RequestParam(required = false) String size,
            @Parameter(description = "이전 응답의 nextCursor") @RequestParam(required = false) String cursor) {
        int pageSize = bounded("size", size, 20, 1, 100);
        Long sectionId = section == null ? null : sections.findBySlug(section).map(Section::id)
                .orElseThrow(() -> new NotFoundException("없는 섹션입니다: " + section));
        long total = articles.countPublished(sectionId);
        List<ArticleSummary> rows;
        Integer pageNumber = null;
        if (cursor != null) {
            if (page != null) {
                throw new BadRequestException("page와 cursor는 함께 쓸 수 없습니다.");
            }
            rows = articles.listPublishedBefore(sectionId, decodeCursor(cursor), pageSize);
        }
        else {
            pageNumber = bounded("page", page, 1, 1, Integer.MAX_VALUE);
            rows = (long) (pageNumber - 1) * pageSize >= total ? List.of()
                    : articles.listPublished(sectionId, pageNumber, pageSize);
        }
        String next = rows.size() == pageSize && rows.get(rows.size() - 1).number() > 1
                ? encodeCursor(rows.get(rows.size() - 1).number()) : null;
        return ResponseEntity.ok().cacheControl(LIST_CACHE).body(new ApiJson.ArticlePage(
                rows.stream().map(views::item).toList(), pageNumber, pageSize, total, next));
    }

    @GetMapping("/api/v1/articles/popular")
    @Operation(summary = "많이 본 뉴스", description = "최근 하루(day) 또는 7일(week) 동안 조회수가 많은 발행 기사")
    ResponseEntity<ApiJson.Popular> popular(
            @Parameter(description = "day 또는 week") @RequestParam(required = false) String period,
            @Parameter(description = "1~50, 기본 10") @RequestParam(required = false) String size) {
        MostRead.Period p = MostRead.Period.parse(period)
                .orElseThrow(() -> new BadRequestException("period는 day 또는 week여야 합니다."));
        int limit = bounded("size", size, 10, 1, 50);
        return ResponseEntity.ok().cacheControl(LIST_CACHE).body(new ApiJson.Popular(p.name().toLowerCase(),
                mostRead.top(p, limit).stream().map(e -> new ApiJson.PopularItem(views.item(e.article()), e.views()))
                        .toList()));
    }

    @GetMapping("/api/v1/articles/{no}")
    @Operation(summary = "기사 하나 (기사 번호로)", description = "발행된 기사만 나옵니다. 없는 번호는 404입니다.")
    ResponseEntity<ApiJson.Article> article(@Parameter(description = "기사 번호 (no.)") @PathVariable String no) {
        Article article = (no.matches("\\d{1,18}") ? articles.findPublished(Long.parseLong(no)) : java.util.Optional.<Article>empty())
                .orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + abbreviate(no)));
        return ResponseEntity.ok().cacheControl(ARTICLE_CACHE).body(views.article(article, List.of()));
    }

    @PostMapping("/api/v1/articles")
    @SecurityRequirement(name = "token")
    @Operation(summary = "기사 초안 만들기", description = "뉴스룸과 같은 규칙: 본문은 허용 목록으로 정리되고, 지운 것은 removed에 나옵니다. "
            + "기자 토큰은 자기 이름으로만 씁니다.")
    ResponseEntity<ApiJson.Article> create(@AuthenticationPrincipal ApiCaller caller,
            @RequestBody ApiJson.ArticleInput input) {
        SaveResult result = desk.create(caller.staff(), draft(input));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/articles/" + result.article().id())
                .body(views.article(result.article(), result.removed()));
    }

    @PutMapping("/api/v1/articles/{id}")
    @SecurityRequirement(name = "token")
    @Operation(summary = "기사 고치기 (기사 id로)", description = "version을 보내면 그 사이 다른 사람이 저장했을 때 409로 거절합니다.")
    ResponseEntity<ApiJson.Article> update(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
            @RequestBody ApiJson.ArticleInput input) {
        long version = input.version() != null ? input.version()
                : articles.findById(id).orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + id)).version();
        SaveResult result = desk.save(caller.staff(), id, draft(input), version);
        return ResponseEntity.ok(views.article(result.article(), result.removed()));
    }

    @PostMapping("/api/v1/articles/{id}/publish")
    @SecurityRequirement(name = "token")
    @Operation(summary = "기사 발행 (데스크·관리자 토큰)", description = "push: 앱 푸시, breaking: 속보")
    ResponseEntity<ApiJson.Article> publish(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
            @RequestBody(required = false) ApiJson.PublishInput input) {
        boolean push = input != null && Boolean.TRUE.equals(input.push());
        boolean breaking = input != null && Boolean.TRUE.equals(input.breaking());
        return ResponseEntity.ok(views.article(desk.publish(caller.staff(), id, push, breaking), List.of()));
    }

    private ArticleDraft draft(ApiJson.ArticleInput input) {
        if (input == null) {
            throw new BadRequestException("기사 JSON이 필요합니다.");
        }
        Long sectionId = input.section() == null || input.section().isBlank() ? null
                : sections.findBySlug(input.section()).map(Section::id)
                        .orElseThrow(() -> new BadRequestException("없는 섹션입니다: " + abbreviate(input.section())));
        ApiJson.ImageInput lead = input.images() == null || input.images().isEmpty() ? null : input.images().get(0);
        if (lead != null && lead.id() == null) {
            throw new BadRequestException("images[0].id가 필요합니다 (먼저 /api/v1/images로 올리세요).");
        }
        return new ArticleDraft(sectionId, input.headline(), input.subheadline(), input.body(),
                lead == null ? null : lead.id(), lead == null ? null : lead.caption(),
                lead == null ? null : lead.credit(), null, input.tags());
    }

    private static int bounded(String name, String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        if (!raw.matches("\\d{1,10}")) {
            throw new BadRequestException(name + "는 " + min + "~" + max + " 사이의 숫자여야 합니다.");
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw new BadRequestException(name + "는 " + min + "~" + max + " 사이여야 합니다: " + raw);
        }
        return (int) value;
    }

    static String encodeCursor(long number) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n:" + number).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.matches("n:\\d{1,18}")) {
                return Long.parseLong(text.substring(2));
            }
        }
        catch (IllegalArgumentException ex) {
            // fall through to the same answer as a well-formed but meaningless cursor
        }
        throw new BadRequestException("cursor가 올바르지 않습니다. 이전 응답의 nextCursor 값을 그대로 넘겨 주세요.");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
