package io.sinmun.newsroom.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.sinmun.media.ImageRejectedException;
import io.sinmun.media.MediaImages;
import io.sinmun.newsroom.AuditLog;
import io.sinmun.site.SiteSettings;
import io.sinmun.site.SiteSettingsService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site settings, above all the publisher block the footer must show. Admins only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsAdminController {

    private final SiteSettingsService settings;
    private final MediaImages images;
    private final AuditLog audit;

    SettingsAdminController(SiteSettingsService settings, MediaImages images, AuditLog audit) {
        this.settings = settings;
        this.images = images;
        this.audit = audit;
    }

    record SettingsForm(String siteName, String tagline, String companyName, String businessNumber, String address,
            String registrationNumber, String registrationDate, String publisher, String editor,
            String firstPublicationDate, String youthProtectionOfficer, String email, String phone, String copyright,
            String copyrightNotice, Boolean removeLogo) {
    }

    @GetMapping("/admin/settings")
    String form(Model model) {
        model.addAttribute("settings", settings.current());
        model.addAttribute("logoUrl", settings.logoUrl());
        return "newsroom/settings";
    }

    @PostMapping("/admin/settings")
    String save(@AuthenticationPrincipal NewsroomUser user, @ModelAttribute SettingsForm form,
            @RequestParam(required = false) MultipartFile logo, Model model, RedirectAttributes redirect) {
        try {
            SiteSettings current = settings.current();
            Long logoId = Boolean.TRUE.equals(form.removeLogo()) ? null : current.logoImageId();
            if (logo != null && !logo.isEmpty()) {
                logoId = images.store(logo.getBytes()).id();
            }
            String siteName = text(form.siteName(), 100);
            if (siteName.isEmpty()) {
                throw new IllegalArgumentException("제호(사이트 이름)는 비워 둘 수 없습니다.");
            }
            settings.save(new SiteSettings(siteName, text(form.tagline(), 200), logoId, text(form.companyName(), 200),
                    text(form.businessNumber(), 50), text(form.address(), 300), text(form.registrationNumber(), 50),
                    date(form.registrationDate(), "등록일"), text(form.publisher(), 100), text(form.editor(), 100),
                    date(form.firstPublicationDate(), "발행일"), text(form.youthProtectionOfficer(), 100),
                    text(form.email(), 254), text(form.phone(), 50), text(form.copyright(), 300),
                    text(form.copyrightNotice(), 1000)));
            audit.record(user.getUsername(), "설정 변경", "사이트 설정", null);
            redirect.addFlashAttribute("message", "설정을 저장했습니다. 모든 페이지의 아래쪽에 바로 반영됩니다.");
            return "redirect:/admin/settings";
        }
        catch (IllegalArgumentException | ImageRejectedException ex) {
            model.addAttribute("error", ex.getMessage());
            model.addAttribute("settings", settings.current());
            model.addAttribute("logoUrl", settings.logoUrl());
            return "newsroom/settings";
        }
        catch (IOException ex) {
            throw new ImageRejectedException("로고 파일을 읽지 못했습니다.");
        }
    }

    private static String text(String value, int max) {
        String text = value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
        if (text.length() > max) {
            throw new IllegalArgumentException("입력이 너무 깁니다 (최대 " + max + "자): " + text.substring(0, 20) + "…");
        }
        return text;
    }

    private static LocalDate date(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(label + "을 날짜로 입력해 주세요 (예: 2019-01-25).");
        }
    }
}
