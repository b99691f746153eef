package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        long total = audit.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("entries", audit.page(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "newsroom/audit";
    }
}
