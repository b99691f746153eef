package io.sinmun.reader.internal;

import io.sinmun.article.Article;
import io.sinmun.article.Articles;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.reader.MostRead;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;
import io.sinmun.system.NotFoundException;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReaderController {

    private final Boards boards;
    private final Articles articles;
    private final Sections sections;
    private final MediaImages images;
    private final ViewCounter views;
    private final SeoulTime time;
    private final MostRead mostRead;
    private final PageMetadataBuilder metadata;

    ReaderController(Boards boards, Articles articles, Sections sections, MediaImages images, ViewCounter views,
            SeoulTime time, MostRead mostRead, PageMetadataBuilder metadata) {
        this.mostRead = mostRead;
        this.boards = boards;
        this.articles = articles;
        this.sections = sections;
        this.images = images;
        this.views = views;
        this.time = time;
        this.metadata = metadata;
    }

    @GetMapping("/")
    String front(@RequestParam(required = false) String page, Model model) {
        return list(boards.build(null, PageNumber.parse(page), null), model);
    }

    @GetMapping("/sections/{slug}")
    String section(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
        Section section = sections.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("없는 섹션입니다: " + abbreviate(slug)));
        return list(boards.build(section, PageNumber.parse(page), null), model);
    }

    private String list(Board board, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("meta", metadata.list(board));
        addMostRead(model);
        return "reader/list";
    }

    @GetMapping("/articles/{no}")
    String article(@PathVariable String no, @RequestParam(required = false) String page,
            @RequestParam(name = "section", required = false) String sectionSlug, Model model) {
        Article article = parseNumber(no).flatMap(articles::findPublished)
                .orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다. 삭제되었거나 아직 공개되지 않은 기사입니다."));
        long number = article.number();
        Section context = sectionSlug == null ? null : sections.findBySlug(sectionSlug).orElse(null);
        Long contextId = context == null ? null : context.id();
        Integer cameFrom = PageNumber.lenient(page);
        int listPage = cameFrom != null ? cameFrom : articles.pageOf(number, contextId, Boards.PAGE_SIZE);

        // the view was counted by ArticleViewFilter, before the page cache
        Board board = boards.build(context, listPage, number);
        int shownPage = board.pagination().page();
        model.addAttribute("board", board);
        Section section = article.sectionId() == null ? null : sections.findById(article.sectionId()).orElse(null);
        MediaImage leadImage = article.leadImageId() == null ? null
                : images.findById(article.leadImageId()).orElse(null);
        model.addAttribute("corrections", articles.corrections(article.id()));
        addMostRead(model);
        model.addAttribute("meta", metadata.article(article, section, leadImage));
        model.addAttribute("view", new ArticleView(article, section, leadImage,
                article.views() + views.pending(article.id()), time.date(article.publishedAt()),
                time.iso(article.publishedAt()),
                article.wasUpdatedAfterPublishing() ? time.dateTime(article.updatedAt()) : null,
                time.iso(article.updatedAt()),
                articles.older(number, contextId).map(s -> neighbour(s.headline(), s.number(), context, shownPage))
                        .orElse(null),
                articles.newer(number, contextId).map(s -> neighbour(s.headline(), s.number(), context, shownPage))
                        .orElse(null),
                Pagination.url(Boards.listPath(context), shownPage)));
        return "reader/article";
    }

    private void addMostRead(Model model) {
        model.addAttribute("mostReadDay", mostRead.top(MostRead.Period.DAY, MostRead.READER_PAGE_LIMIT));
        model.addAttribute("mostReadWeek", mostRead.top(MostRead.Period.WEEK, MostRead.READER_PAGE_LIMIT));
    }

    private static ArticleView.Neighbour neighbour(String headline, long number, Section section, int page) {
        return new ArticleView.Neighbour(headline, Boards.articleUrl(number, section, page));
    }

    private static java.util.Optional<Long> parseNumber(String raw) {
        return raw.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(raw)) : java.util.Optional.empty();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
