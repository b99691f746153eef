package io.sinmun.section.internal;

import java.util.List;
import java.util.Optional;

import io.sinmun.section.Section;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql("""
                select id, slug, name, position from section order by position, id
                """).query(Section.class).list();
    }

    public Optional<Section> findBySlug(String slug) {
        return jdbc.sql("""
                select id, slug, name, position from section where slug = :slug
                """).param("slug", slug).query(Section.class).optional();
    }

    public Optional<Section> findById(long id) {
        return jdbc.sql("""
                select id, slug, name, position from section where id = :id
                """).param("id", id).query(Section.class).optional();
    }

    public int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from section").query(Integer.class).single();
    }

    public void update(long id, String name, int position) {
        jdbc.sql("update section set name = :name, position = :position where id = :id")
                .param("id", id).param("name", name).param("position", position).update();
    }

    public Section insert(String slug, String name, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into section (slug, name, position) values (:slug, :name, :position)
                """).param("slug", slug).param("name", name).param("position", position)
                .update(keys, "id");
        return new Section(keys.getKey().longValue(), slug, name, position);
    }
}
