package io.sinmun.newsroom.internal;

import io.sinmun.newsroom.AccountRejectedException;
import io.sinmun.newsroom.Accounts;
import io.sinmun.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /setup?token=…}: creates the first administrator, once, with the link from the log. */
@Controller
class SetupController {

    private final Accounts accounts;
    private final SetupTokens tokens;
    private final AdminSetup setup;

    SetupController(Accounts accounts, SetupTokens tokens, AdminSetup setup) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) String token, Model model) {
        requireOpen(token);
        model.addAttribute("token", token);
        return "newsroom/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam String token, @RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) String email, @RequestParam String password,
            @RequestParam String passwordConfirm, Model model) {
        requireOpen(token);
        try {
            if (!password.equals(passwordConfirm)) {
                throw new AccountRejectedException("비밀번호 확인이 일치하지 않습니다.");
            }
            setup.createAdmin(token, username, displayName, email, password);
        }
        catch (AccountRejectedException ex) {
            model.addAttribute("token", token);
            model.addAttribute("error", ex.getMessage());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("email", email);
            return "newsroom/setup";
        }
        return "redirect:/login?setup";
    }

    private void requireOpen(String token) {
        if (!accounts.none() || !tokens.isValid(token)) {
            // the same answer for "already set up" and "wrong token": nothing to learn here
            throw new NotFoundException("설치 링크가 없거나 만료되었습니다. 서버 로그에 찍힌 최신 링크를 사용하세요.");
        }
    }
}
