package io.sinmun.search.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchResults;
import io.sinmun.site.PublicUrls;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.SeoulTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: the search page's results as JSON; bad parameters are problem+json 400s. */
@RestController
@Tag(name = "검색", description = "발행된 기사 검색 (한국어 형태소 분석)")
class SearchApiController {

    private final ArticleSearch search;
    private final PublicUrls urls;

    SearchApiController(ArticleSearch search, PublicUrls urls) {
        this.search = search;
        this.urls = urls;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "기사 검색", description = "낱말은 모두 들어간 기사를, \"따옴표\"로 묶은 구절은 그대로, -낱말은 뺍니다. "
            + "headlineHtml과 snippetHtml은 HTML로 이스케이프되어 있고 찾은 낱말만 <mark>로 감쌉니다. "
            + "total은 1,000건까지 정확하고, 그보다 많으면 totalIsLowerBound가 true입니다.")
    ResponseEntity<Results> search(
            @Parameter(description = "검색어 (1~200자)") @RequestParam(required = false) String q,
            @Parameter(description = "섹션 주소 (예: culture)") @RequestParam(required = false) String section,
            @Parameter(description = "기자 id") @RequestParam(required = false) String reporter,
            @Parameter(description = "이날부터 (YYYY-MM-DD, 서울 시각)") @RequestParam(required = false) String from,
            @Parameter(description = "이날까지 (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "relevance (정확도·최신 가중, 기본) 또는 date (최신순)") @RequestParam(required = false) String sort,
            @Parameter(description = "1부터 시작하는 쪽 번호") @RequestParam(required = false) String page,
            @Parameter(description = "한 쪽의 결과 수 (1~50, 기본 10)") @RequestParam(required = false) String size) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("'q'(검색어)가 필요합니다.");
        }
        SearchParameters params = SearchParameters.read(q, section, reporter, from, to, sort, page, size, true);
        SearchResults results = search.search(params.query());
        List<Hit> hits = results.hits().stream().map(h -> new Hit(h.number(), h.headline(), h.headlineHtml(),
                h.snippetHtml(), h.sectionSlug(), h.sectionName(), h.reporterName(),
                h.publishedAt().atZone(SeoulTime.ZONE).toOffsetDateTime(), urls.article(h.number()))).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(new Results(q, results.total(), results.totalIsLowerBound(), results.page(), results.pageSize(),
                        results.pages(), results.message(), hits));
    }

    record Results(String query, long total, boolean totalIsLowerBound, int page, int size, int pages, String message,
            List<Hit> hits) {
    }

    record Hit(long number, String headline, String headlineHtml, String snippetHtml, String section,
            String sectionName, String reporter, OffsetDateTime publishedAt, String url) {
    }
}
