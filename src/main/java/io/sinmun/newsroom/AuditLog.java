package io.sinmun.newsroom;

import java.util.List;

import io.sinmun.newsroom.internal.AuditRepository;
import io.sinmun.system.SeoulTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail. Entries join the caller's transaction, so an action that rolls back leaves no
 * entry; refused logins are written in their own transaction because nothing else is.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final SeoulTime time;

    AuditLog(AuditRepository repository, SeoulTime time) {
        this.repository = repository;
        this.time = time;
    }

    @Transactional
    public void record(String actor, String action, String target, String detail) {
        repository.insert(time.now(), actor, action, target, detail, clientAddress());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String target, String detail, String client) {
        repository.insert(time.now(), actor, action, target, detail, client);
    }

    public List<AuditEntry> page(int page, int size) {
        return repository.page((long) (page - 1) * size, size);
    }

    public long count() {
        return repository.count();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
