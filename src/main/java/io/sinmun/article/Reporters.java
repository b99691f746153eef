package io.sinmun.article;

import java.util.List;
import java.util.Optional;

import io.sinmun.article.internal.ReporterRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bylines. A reporter is who an article is credited to; newsroom accounts are linked to one. */
@Service
public class Reporters {

    private final ReporterRepository repository;

    Reporters(ReporterRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Reporter create(String displayName, String email) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("기자 이름은 1~100자여야 합니다.");
        }
        return repository.insert(displayName.strip(), email == null || email.isBlank() ? null : email.strip());
    }

    public Optional<Reporter> findById(long id) {
        return repository.findById(id);
    }

    public List<Reporter> all() {
        return repository.findAll();
    }
}
