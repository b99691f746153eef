package io.sinmun.api.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** The API's JSON shapes. Field names are the contract with the mobile app: change them only with a new version. */
final class ApiJson {

    private ApiJson() {
    }

    record Article(long id, Long no, String headline, String subheadline, String section, String body,
            List<String> tags, String reporter, String status, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
            long views, String url, List<Image> images, List<Correction> corrections, List<String> removed) {
    }

    record ArticleItem(long id, long no, String headline, String section, String reporter, boolean hasImages,
            OffsetDateTime publishedAt, long views, String url) {
    }

    record ArticlePage(List<ArticleItem> items, Integer page, int size, long total, String nextCursor) {
    }

    record Popular(String period, List<PopularItem> items) {
    }

    record PopularItem(ArticleItem article, long periodViews) {
    }

    record Image(long id, String url, int width, int height, String caption, String credit, List<Variant> variants) {
    }

    record Variant(int width, int height, String url) {
    }

    record Correction(String note, OffsetDateTime at) {
    }

    record Section(String slug, String name, int position, String url) {
    }

    record Site(String name, String tagline, String logo, String url, Publisher publisher) {
    }

    record Publisher(String companyName, String businessNumber, String address, String phone,
            String registrationNumber, String registrationDate, String publisher, String editor,
            String firstPublicationDate, String youthProtectionOfficer, String email, String copyright) {
    }

    /** What a client sends to create or change an article; read-only fields are ignored. */
    record ArticleInput(String headline, String subheadline, String section, String body, List<String> tags,
            List<ImageInput> images, Long version) {
    }

    record ImageInput(Long id, String caption, String credit) {
    }

    record PublishInput(Boolean push, Boolean breaking) {
    }

    record Uploaded(long id, String url, int width, int height, List<Variant> variants) {
    }
}
