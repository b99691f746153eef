package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.AuditLog;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class SectionAdminController {

    private final Sections sections;
    private final AuditLog audit;

    SectionAdminController(Sections sections, AuditLog audit) {
        this.sections = sections;
        this.audit = audit;
    }

    @GetMapping("/admin/sections")
    String list(Model model) {
        model.addAttribute("sections", sections.all());
        return "newsroom/sections";
    }

    @PostMapping("/admin/sections")
    String create(@AuthenticationPrincipal NewsroomUser user, @RequestParam String slug, @RequestParam String name,
            RedirectAttributes redirect) {
        try {
            Section section = sections.create(slug == null ? null : slug.strip(), name);
            audit.record(user.getUsername(), "섹션 추가", section.slug(), section.name());
            redirect.addFlashAttribute("message", "섹션 '" + section.name() + "'을(를) 추가했습니다.");
        }
        catch (IllegalArgumentException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/sections";
    }

    @PostMapping("/admin/sections/{id}")
    String update(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @RequestParam String name,
            @RequestParam int position, RedirectAttributes redirect) {
        try {
            Section section = sections.update(id, name, position);
            audit.record(user.getUsername(), "섹션 변경", section.slug(), section.name() + ", 순서 " + position);
            redirect.addFlashAttribute("message", "섹션을 고쳤습니다.");
        }
        catch (IllegalArgumentException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/sections";
    }
}
