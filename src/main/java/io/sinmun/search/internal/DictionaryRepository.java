package io.sinmun.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sinmun.search.DictionaryWord;
import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DictionaryRepository {

    private final JdbcClient jdbc;

    DictionaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DictionaryWord> findAll() {
        return jdbc.sql("select word, parts, added_by, added_at from search_dictionary_word order by word")
                .query(DictionaryRepository::map).list();
    }

    public Optional<DictionaryWord> find(String word) {
        return jdbc.sql("select word, parts, added_by, added_at from search_dictionary_word where word = :word")
                .param("word", word).query(DictionaryRepository::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from search_dictionary_word").query(Long.class).single();
    }

    public void save(DictionaryWord word) {
        jdbc.sql("delete from search_dictionary_word where word = :word").param("word", word.word()).update();
        jdbc.sql("""
                insert into search_dictionary_word (word, parts, added_by, added_at)
                values (:word, :parts, :by, :at)
                """).param("word", word.word()).param("parts", word.parts().isEmpty() ? null : String.join(" ", word.parts()))
                .param("by", word.addedBy()).param("at", SeoulTime.jdbc(word.addedAt())).update();
    }

    public boolean delete(String word) {
        return jdbc.sql("delete from search_dictionary_word where word = :word").param("word", word).update() == 1;
    }

    private static DictionaryWord map(ResultSet rs, int row) throws SQLException {
        String parts = rs.getString("parts");
        return new DictionaryWord(rs.getString("word"), parts == null ? List.of() : Arrays.asList(parts.split(" ")),
                rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
