package io.sinmun.search.internal;

import java.util.ArrayList;
import java.util.List;

import io.sinmun.article.Reporters;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchQuery;
import io.sinmun.search.SearchResults;
import io.sinmun.section.Sections;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The reader's search page: the form with its filters, the results and their pages. */
@Controller
class SearchController {

    private final ArticleSearch search;
    private final Sections sections;
    private final Reporters reporters;

    SearchController(ArticleSearch search, Sections sections, Reporters reporters) {
        this.search = search;
        this.sections = sections;
        this.reporters = reporters;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String reporter, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, Model model) {
        SearchParameters params = SearchParameters.read(q, section, reporter, from, to, sort, page, null, false);
        SearchQuery query = params.query();
        boolean asked = q != null;
        SearchResults results = asked ? search.search(query) : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("query", query);
        model.addAttribute("notes", params.notes());
        model.addAttribute("results", results);
        model.addAttribute("sections", sections.all());
        model.addAttribute("reporters", reporters.all());
        model.addAttribute("pages", results == null ? List.of() : pages(query, results));
        return "search/results";
    }

    /** Links to the pages around the current one, keeping the query and filters. */
    private static List<PageLink> pages(SearchQuery query, SearchResults results) {
        List<PageLink> links = new ArrayList<>();
        int last = results.pages();
        if (last <= 1) {
            return links;
        }
        int first = Math.max(1, Math.min(query.page() - 4, last - 9));
        for (int p = first; p <= Math.min(last, first + 9); p++) {
            links.add(new PageLink(p, p == query.page(), url(query, p)));
        }
        return links;
    }

    static String url(SearchQuery query, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", query.text());
        if (query.sectionSlug() != null) {
            url.queryParam("section", query.sectionSlug());
        }
        if (query.reporterId() != null) {
            url.queryParam("reporter", query.reporterId());
        }
        if (query.from() != null) {
            url.queryParam("from", query.from());
        }
        if (query.to() != null) {
            url.queryParam("to", query.to());
        }
        if (query.sort() == SearchQuery.Sort.DATE) {
            url.queryParam("sort", "date");
        }
        return url.queryParam("page", page).build().encode().toUriString();
    }

    record PageLink(int page, boolean current, String url) {
    }
}
