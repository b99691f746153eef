package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.AccountRejectedException;
import io.sinmun.newsroom.Accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: changing one's password. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/account")
    String page() {
        return "newsroom/account";
    }

    @PostMapping("/admin/account/password")
    String change(@AuthenticationPrincipal NewsroomUser user, @RequestParam String current,
            @RequestParam String password, @RequestParam String passwordConfirm, RedirectAttributes redirect) {
        try {
            if (!password.equals(passwordConfirm)) {
                throw new AccountRejectedException("새 비밀번호 확인이 일치하지 않습니다.");
            }
            accounts.changeOwnPassword(user.getUsername(), current, password);
            redirect.addFlashAttribute("message", "비밀번호를 바꿨습니다.");
        }
        catch (AccountRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/account";
    }
}
