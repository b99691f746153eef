package io.sinmun.newsroom;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sinmun.article.Reporter;
import io.sinmun.article.Reporters;
import io.sinmun.newsroom.internal.AccountRepository;
import io.sinmun.newsroom.internal.PasswordPolicy;
import io.sinmun.system.SeoulTime;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Newsroom accounts: created, changed and disabled by an admin; every change is audited. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final AccountRepository repository;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Reporters reporters;
    private final AuditLog audit;
    private final SeoulTime time;

    Accounts(AccountRepository repository, PasswordPolicy policy, PasswordEncoder encoder, Reporters reporters,
            AuditLog audit, SeoulTime time) {
        this.repository = repository;
        this.policy = policy;
        this.encoder = encoder;
        this.reporters = reporters;
        this.audit = audit;
        this.time = time;
    }

    public boolean none() {
        return repository.count() == 0;
    }

    public List<Account> all() {
        return repository.findAll();
    }

    public Optional<Account> findById(long id) {
        return repository.findById(id);
    }

    public Optional<Account> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    /** Creates an account with its own byline. {@code actor} is who did it, for the audit trail. */
    @Transactional
    public Account create(String actor, String username, String displayName, String email, Role role,
            String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejectedException("아이디는 영문 소문자·숫자·.-_ 로 3~50자여야 합니다.");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new AccountRejectedException("이미 있는 아이디입니다: " + name);
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 100) {
            throw new AccountRejectedException("이름은 1~100자여야 합니다.");
        }
        if (role == null) {
            throw new AccountRejectedException("역할을 골라 주세요.");
        }
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (mail.length() > 254 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new AccountRejectedException("이메일 주소가 올바르지 않습니다.");
        }
        policy.problem(password, name).ifPresent(problem -> {
            throw new AccountRejectedException(problem);
        });
        Reporter byline = reporters.create(display, mail);
        long id = repository.insert(name, encoder.encode(password), display, mail, role, byline.id(), time.now());
        audit.record(actor, "계정 생성", name, role.label());
        return repository.findById(id).orElseThrow();
    }

    /** Changes role and whether the account may log in; the last enabled admin cannot be demoted or disabled. */
    @Transactional
    public Account change(String actor, long id, Role role, boolean enabled) {
        Account account = repository.findById(id).orElseThrow(() -> new AccountRejectedException("없는 계정입니다."));
        boolean losesAdmin = account.role() == Role.ADMIN && account.enabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && repository.countEnabledAdmins() <= 1) {
            throw new AccountRejectedException("마지막 관리자는 역할을 바꾸거나 중지할 수 없습니다.");
        }
        repository.updateRoleAndEnabled(id, role, enabled, time.now());
        audit.record(actor, "계정 변경", account.username(), role.label() + (enabled ? "" : ", 사용 중지"));
        return repository.findById(id).orElseThrow();
    }

    /** An admin sets a new password for someone (who forgot theirs). */
    @Transactional
    public void resetPassword(String actor, long id, String password) {
        Account account = repository.findById(id).orElseThrow(() -> new AccountRejectedException("없는 계정입니다."));
        policy.problem(password, account.username()).ifPresent(problem -> {
            throw new AccountRejectedException(problem);
        });
        repository.updatePassword(id, encoder.encode(password), time.now());
        audit.record(actor, "비밀번호 재설정", account.username(), null);
    }

    /** Someone changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String password) {
        Account account = repository.findByUsername(username)
                .orElseThrow(() -> new AccountRejectedException("없는 계정입니다."));
        String hash = repository.passwordHash(username).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw new AccountRejectedException("현재 비밀번호가 맞지 않습니다.");
        }
        policy.problem(password, username).ifPresent(problem -> {
            throw new AccountRejectedException(problem);
        });
        repository.updatePassword(account.id(), encoder.encode(password), time.now());
        audit.record(username, "비밀번호 변경", username, null);
    }
}
