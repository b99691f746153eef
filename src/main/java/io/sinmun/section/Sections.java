package io.sinmun.section;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sinmun.section.internal.SectionRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and creates sections. Reads are cheap (a handful of rows) and safe to call per request. */
@Service
public class Sections {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final SectionRepository repository;
    private final ApplicationEventPublisher events;

    Sections(SectionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** All sections in menu order. */
    public List<Section> all() {
        return repository.findAll();
    }

    public Optional<Section> findBySlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return repository.findBySlug(slug);
    }

    public Optional<Section> findById(long id) {
        return repository.findById(id);
    }

    /** Renames a section and moves it in the menu. */
    @Transactional
    public Section update(long id, String name, int position) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("섹션 이름은 1~100자여야 합니다.");
        }
        Section section = repository.findById(id).orElseThrow(() -> new IllegalArgumentException("없는 섹션입니다."));
        repository.update(id, name.strip(), position);
        events.publishEvent(new SectionsChanged());
        return new Section(id, section.slug(), name.strip(), position);
    }

    /** Creates a section at the end of the menu; the slug must be lower-case ASCII, digits and hyphens. */
    @Transactional
    public Section create(String slug, String name) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("섹션 주소는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다: " + slug);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("섹션 이름은 1~100자여야 합니다.");
        }
        if (repository.findBySlug(slug).isPresent()) {
            throw new IllegalArgumentException("이미 있는 섹션 주소입니다: " + slug);
        }
        Section created = repository.insert(slug, name.strip(), repository.nextPosition());
        events.publishEvent(new SectionsChanged());
        return created;
    }
}
