package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.Account;
import io.sinmun.newsroom.AccountRejectedException;
import io.sinmun.newsroom.Accounts;
import io.sinmun.newsroom.Role;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.NotFoundException;

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
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "newsroom/users";
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal NewsroomUser user, @RequestParam String username,
            @RequestParam String displayName, @RequestParam(required = false) String email, @RequestParam String role,
            @RequestParam String password, RedirectAttributes redirect) {
        try {
            Account account = accounts.create(user.getUsername(), username, displayName, email, role(role), password);
            redirect.addFlashAttribute("message", "계정 '" + account.username() + "'을(를) 만들었습니다.");
        }
        catch (AccountRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.findById(id).orElseThrow(() -> new NotFoundException("없는 계정입니다.")));
        model.addAttribute("roles", Role.values());
        return "newsroom/user";
    }

    @PostMapping("/admin/users/{id}")
    String change(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @RequestParam String role,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.change(user.getUsername(), id, role(role), enabled);
            redirect.addFlashAttribute("message", "계정을 고쳤습니다.");
        }
        catch (AccountRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id,
            @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(user.getUsername(), id, password);
            redirect.addFlashAttribute("message", "비밀번호를 새로 정했습니다. 본인에게 안전한 방법으로 알려 주세요.");
        }
        catch (AccountRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value);
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            throw new BadRequestException("없는 역할입니다.");
        }
    }
}
