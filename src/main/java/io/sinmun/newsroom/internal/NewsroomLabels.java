package io.sinmun.newsroom.internal;

import io.sinmun.article.ArticleStatus;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/** Korean words for the newsroom's templates ({@code @newsroomLabels}). */
@Component("newsroomLabels")
class NewsroomLabels {

    private final Sections sections;

    NewsroomLabels(Sections sections) {
        this.sections = sections;
    }

    public String status(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "초안";
            case SUBMITTED -> "송고";
            case SCHEDULED -> "예약";
            case PUBLISHED -> "발행";
            case WITHDRAWN -> "내림";
        };
    }

    public String section(Long id) {
        return id == null ? "" : sections.findById(id).map(Section::name).orElse("");
    }
}
