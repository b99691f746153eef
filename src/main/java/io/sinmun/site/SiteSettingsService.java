package io.sinmun.site;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.site.internal.SiteSettingRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves the site settings. Every page's footer reads them, so they are held in memory
 * and dropped whenever {@link SiteSettingsChanged} is heard. Templates call it as
 * {@code @siteSettingsService.current()}.
 */
@Service
public class SiteSettingsService {

    private final SiteSettingRepository repository;
    private final MediaImages images;
    private final ApplicationEventPublisher events;
    private volatile Loaded cached;

    SiteSettingsService(SiteSettingRepository repository, MediaImages images, ApplicationEventPublisher events) {
        this.repository = repository;
        this.images = images;
        this.events = events;
    }

    public SiteSettings current() {
        return loaded().settings();
    }

    /** The logo's address, or null when the site shows its name instead. */
    public String logoUrl() {
        return loaded().logoUrl();
    }

    private Loaded loaded() {
        Loaded loaded = cached;
        if (loaded == null) {
            SiteSettings settings = fromMap(repository.findAll());
            String logo = settings.logoImageId() == null ? null
                    : images.findById(settings.logoImageId()).map(MediaImage::url).orElse(null);
            loaded = new Loaded(settings, logo);
            cached = loaded;
        }
        return loaded;
    }

    private record Loaded(SiteSettings settings, String logoUrl) {
    }

    public boolean isConfigured() {
        return !repository.findAll().isEmpty();
    }

    @Transactional
    public void save(SiteSettings settings) {
        repository.saveAll(toMap(settings));
        cached = null;
        events.publishEvent(new SiteSettingsChanged());
    }

    @EventListener
    void on(SiteSettingsChanged changed) {
        cached = null;
    }

    private static Map<String, String> toMap(SiteSettings s) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("site_name", s.siteName());
        map.put("tagline", s.tagline());
        map.put("logo_image_id", s.logoImageId() == null ? "" : s.logoImageId().toString());
        map.put("company_name", s.companyName());
        map.put("business_number", s.businessNumber());
        map.put("address", s.address());
        map.put("registration_number", s.registrationNumber());
        map.put("registration_date", s.registrationDate() == null ? "" : s.registrationDate().toString());
        map.put("publisher", s.publisher());
        map.put("editor", s.editor());
        map.put("first_publication_date", s.firstPublicationDate() == null ? "" : s.firstPublicationDate().toString());
        map.put("youth_protection_officer", s.youthProtectionOfficer());
        map.put("email", s.email());
        map.put("phone", s.phone());
        map.put("copyright", s.copyright());
        map.put("copyright_notice", s.copyrightNotice());
        map.replaceAll((k, v) -> v == null ? "" : v.strip());
        return map;
    }

    private static SiteSettings fromMap(Map<String, String> m) {
        if (m.isEmpty()) {
            return SiteSettings.defaults();
        }
        return new SiteSettings(m.getOrDefault("site_name", "Sinmun"), text(m, "tagline"),
                m.getOrDefault("logo_image_id", "").isEmpty() ? null : Long.valueOf(m.get("logo_image_id")),
                text(m, "company_name"), text(m, "business_number"), text(m, "address"),
                text(m, "registration_number"), date(m, "registration_date"), text(m, "publisher"),
                text(m, "editor"), date(m, "first_publication_date"), text(m, "youth_protection_officer"),
                text(m, "email"), text(m, "phone"), text(m, "copyright"), text(m, "copyright_notice"));
    }

    private static String text(Map<String, String> m, String key) {
        return m.getOrDefault(key, "");
    }

    private static LocalDate date(Map<String, String> m, String key) {
        String value = m.getOrDefault(key, "");
        return value.isEmpty() ? null : LocalDate.parse(value);
    }
}
