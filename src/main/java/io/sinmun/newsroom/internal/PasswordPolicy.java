package io.sinmun.newsroom.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rules for a new password: 10 to 128 characters, not the username, not one character repeated,
 * and not among the 30,000 passwords attackers try first (shipped list, also with digits or
 * symbols stuck on the end, such as "password2024!").
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final Set<String> common = load();

    /** Why the password is refused, in Korean; empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("비밀번호는 " + MIN_LENGTH + "자 이상이어야 합니다.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("비밀번호는 " + MAX_LENGTH + "자까지 쓸 수 있습니다.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("비밀번호에 아이디를 넣을 수 없습니다.");
        }
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of("같은 문자를 되풀이한 비밀번호는 쓸 수 없습니다.");
        }
        String core = lower.replaceAll("[\\d\\W_]{1,6}$", "");
        if (common.contains(lower) || (core.length() >= 4 && common.contains(core))) {
            return Optional.of("너무 흔해서 쉽게 추측되는 비밀번호입니다. 다른 비밀번호를 정해 주세요.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("newsroom/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return passwords;
    }
}
