package io.sinmun.api.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Sections;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "사이트", description = "섹션, 사이트 정보(발행 정보), 사진 올리기")
class SiteApiController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Sections sections;
    private final SiteSettingsService settings;
    private final MediaImages images;
    private final PublicUrls urls;
    private final ApiViews views;

    SiteApiController(Sections sections, SiteSettingsService settings, MediaImages images, PublicUrls urls,
            ApiViews views) {
        this.sections = sections;
        this.settings = settings;
        this.images = images;
        this.urls = urls;
        this.views = views;
    }

    @GetMapping("/api/v1/sections")
    @Operation(summary = "섹션 목록 (메뉴 순서)")
    ResponseEntity<List<ApiJson.Section>> sections() {
        return ResponseEntity.ok().cacheControl(CACHE).body(sections.all().stream().map(views::section).toList());
    }

    @GetMapping("/api/v1/site")
    @Operation(summary = "사이트 정보", description = "제호, 로고, 그리고 신문법상 표시해야 하는 발행 정보")
    ResponseEntity<ApiJson.Site> site() {
        SiteSettings s = settings.current();
        String logo = settings.logoUrl() == null ? null : urls.absolute(settings.logoUrl());
        return ResponseEntity.ok().cacheControl(CACHE).body(new ApiJson.Site(s.siteName(), s.tagline(), logo,
                urls.base() + "/", new ApiJson.Publisher(s.companyName(), s.businessNumber(), s.address(), s.phone(),
                        s.registrationNumber(), date(s.registrationDate()), s.publisher(), s.editor(),
                        date(s.firstPublicationDate()), s.youthProtectionOfficer(), s.email(), s.copyright())));
    }

    @PostMapping(path = "/api/v1/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @SecurityRequirement(name = "token")
    @Operation(summary = "사진 올리기", description = "JPEG·PNG·GIF·WebP. 파일 내용으로 형식을 판단하며, 그 밖의 파일은 422로 거절합니다.")
    ResponseEntity<ApiJson.Uploaded> upload(@RequestPart("file") MultipartFile file) throws IOException {
        MediaImage image = images.store(file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApiJson.Uploaded(image.id(),
                urls.absolute(image.url()), image.width(), image.height(), views.variants(image)));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
