package io.sinmun.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's own options, {@code --name value} or {@code --name=value}. Options with a dot in
 * their name ({@code --spring.datasource.url=…}, {@code --sinmun.data-dir=…}) are Spring
 * properties and left to Spring; any other option the command does not know is a usage error.
 */
public final class CommandArguments {

    private final Map<String, String> values;

    private CommandArguments(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the words after the command name. */
    public static CommandArguments parse(List<String> words, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new UsageException("알 수 없는 인수: " + word);
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.contains(".")) {
                continue; // a Spring property: Spring reads it itself
            }
            if (!known.contains(name)) {
                throw new UsageException("알 수 없는 옵션: --" + name);
            }
            if (value == null) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new UsageException("--" + name + " 다음에 값이 필요합니다.");
                }
                value = words.get(++i);
            }
            values.put(name, value);
        }
        return new CommandArguments(values);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A whole number between {@code min} and {@code max}, or the fallback when absent. */
    public long number(String name, long fallback, long min, long max) {
        String raw = values.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(raw.replace("_", "").replace(",", ""));
            if (n < min || n > max) {
                throw new UsageException("--" + name + " 값은 " + min + "~" + max + " 사이여야 합니다: " + raw);
            }
            return n;
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " 값은 정수여야 합니다: " + raw);
        }
    }

    /** A command line that cannot be run as written; the process exits with status 2. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
