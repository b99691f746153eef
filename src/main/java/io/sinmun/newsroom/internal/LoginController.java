package io.sinmun.newsroom.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "로그인 실패가 너무 많아 잠시 막혔습니다. 15분 뒤에 다시 시도해 주세요.";
                case "disabled" -> "사용이 중지된 계정입니다. 관리자에게 문의해 주세요.";
                default -> "아이디 또는 비밀번호가 올바르지 않습니다.";
            });
        }
        return "newsroom/login";
    }
}
