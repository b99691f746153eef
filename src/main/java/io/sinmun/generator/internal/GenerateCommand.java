package io.sinmun.generator.internal;

import java.util.Set;

import io.sinmun.system.Command;
import io.sinmun.system.CommandArguments;
import io.sinmun.system.CommandArguments.UsageException;
import io.sinmun.system.Progress;

import org.springframework.stereotype.Component;

/** {@code generate --articles N [--seed S]}: appends N synthetic published articles. */
@Component
class GenerateCommand implements Command {

    private final ArticleGenerator generator;

    GenerateCommand(ArticleGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public Set<String> options() {
        return Set.of("articles", "seed");
    }

    @Override
    public int run(CommandArguments arguments) {
        if (arguments.value("articles").isEmpty()) {
            throw new UsageException("--articles N 이 필요합니다.");
        }
        long count = arguments.number("articles", 0, 1, 20_000_000);
        long seed = arguments.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        ArticleGenerator.Generated result = generator.generate(count, seed, Progress.onConsole("생성", count));
        System.out.printf("기사 %,d건을 만들었습니다: 번호 %d–%d, %.1f초, 초당 %,.0f건%n", result.count(),
                result.firstNumber(), result.lastNumber(), result.took().toMillis() / 1000.0,
                result.count() / Math.max(0.001, result.took().toMillis() / 1000.0));
        return 0;
    }
}
