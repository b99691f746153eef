package io.sinmun.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.sinmun.newsroom.AuditLog;
import io.sinmun.search.internal.DictionaryRepository;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.SeoulTime;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyzer's user dictionary: the entries shipped in the jar plus those the newsroom adds.
 * Changes are audited; the index must be rebuilt for them to take effect (the admin page starts
 * that, and every node's start-up check notices a changed dictionary).
 */
@Service
public class SearchDictionary {

    public static final int MAX_WORDS = 2000;
    // Hangul syllables, Latin letters and digits: what Nori's user dictionary accepts as a noun
    private static final Pattern WORD = Pattern.compile("[가-힣A-Za-z0-9]{2,30}");

    private final DictionaryRepository repository;
    private final AuditLog audit;
    private final SeoulTime time;
    private final List<String> shipped;

    SearchDictionary(DictionaryRepository repository, AuditLog audit, SeoulTime time) {
        this.repository = repository;
        this.audit = audit;
        this.time = time;
        this.shipped = readShipped();
    }

    /** The shipped entries, in Nori's line format. */
    public List<String> shipped() {
        return shipped;
    }

    /** The newsroom's entries, alphabetically. */
    public List<DictionaryWord> added() {
        return repository.findAll();
    }

    /** Every entry, shipped first, in Nori's line format; a newsroom entry overrides a shipped one. */
    public List<String> lines() {
        List<DictionaryWord> added = added();
        List<String> lines = new ArrayList<>();
        for (String line : shipped) {
            String word = line.split(" ")[0];
            if (added.stream().noneMatch(w -> w.word().equals(word))) {
                lines.add(line);
            }
        }
        added.forEach(w -> lines.add(w.line()));
        return lines;
    }

    /**
     * Adds (or replaces) an entry typed as {@code "단어"} or {@code "단어 부분 부분"}.
     *
     * @throws BadRequestException with a Korean reason when the entry is not acceptable
     */
    @Transactional
    public DictionaryWord add(String entry, String actor) {
        String[] words = entry == null ? new String[0] : entry.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new BadRequestException("단어를 입력해 주세요.");
        }
        for (String w : words) {
            if (!WORD.matcher(w).matches()) {
                throw new BadRequestException("단어와 부분은 한글·영문·숫자 2~30자여야 합니다: " + abbreviate(w));
            }
        }
        List<String> parts = Arrays.asList(words).subList(1, words.length);
        if (!parts.isEmpty() && (parts.size() < 2 || !String.join("", parts).equals(words[0]))) {
            throw new BadRequestException("부분은 둘 이상이고, 이어 붙이면 단어와 같아야 합니다 (예: 국제화추진협의회 국제화 추진 협의회).");
        }
        if (repository.find(words[0]).isEmpty() && repository.count() >= MAX_WORDS) {
            throw new BadRequestException("사전에는 " + MAX_WORDS + "개까지 더할 수 있습니다.");
        }
        DictionaryWord word = new DictionaryWord(words[0], parts, actor, time.now());
        repository.save(word);
        audit.record(actor, "검색 사전 단어 추가", word.word(), word.line());
        return word;
    }

    /** Removes a newsroom entry; false when there was none. */
    @Transactional
    public boolean remove(String word, String actor) {
        boolean removed = word != null && repository.delete(word.strip());
        if (removed) {
            audit.record(actor, "검색 사전 단어 삭제", word.strip(), null);
        }
        return removed;
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static List<String> readShipped() {
        try (InputStream in = new ClassPathResource("search/user-dictionary.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
