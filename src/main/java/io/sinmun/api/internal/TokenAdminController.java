package io.sinmun.api.internal;

import io.sinmun.newsroom.AuditLog;
import io.sinmun.newsroom.Accounts;
import io.sinmun.system.BadRequestException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone in the newsroom manages their own API tokens; a new token is shown exactly once. */
@Controller
class TokenAdminController {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AuditLog audit;

    TokenAdminController(ApiTokens tokens, Accounts accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/tokens")
    String list(@AuthenticationPrincipal UserDetails user, Model model) {
        model.addAttribute("tokens", tokens.of(accountId(user)));
        return "api/tokens";
    }

    @PostMapping("/admin/tokens")
    String create(@AuthenticationPrincipal UserDetails user, @RequestParam String name, RedirectAttributes redirect) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new BadRequestException("토큰 이름은 1~100자여야 합니다.");
        }
        String token = tokens.issue(accountId(user), label);
        audit.record(user.getUsername(), "API 토큰 발급", label, null);
        redirect.addFlashAttribute("newToken", token);
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal UserDetails user, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(accountId(user), id)) {
            audit.record(user.getUsername(), "API 토큰 취소", "#" + id, null);
            redirect.addFlashAttribute("message", "토큰을 취소했습니다. 이제 그 토큰으로는 아무것도 할 수 없습니다.");
        }
        else {
            redirect.addFlashAttribute("error", "없거나 이미 취소된 토큰입니다.");
        }
        return "redirect:/admin/tokens";
    }

    private long accountId(UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow().id();
    }
}
