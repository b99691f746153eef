package io.sinmun;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sinmun.system.Command;
import io.sinmun.system.CommandArguments;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the site, or, when the first argument is a command word, runs that command without the
 * web server and exits with its status (0 done, 1 failed, 2 wrong usage).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Sinmun", sharedModules = "system")
public class SinmunApplication {

    /** The commands and their usage lines; each is run by the {@link Command} bean of that name. */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("generate", "generate --articles N [--seed S]   N개의 합성 기사를 데이터베이스에 추가합니다 (벤치마크용)");
        COMMANDS.put("reindex", "reindex                            검색 색인을 새로 만들어 바꿔 끼웁니다");
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(SinmunApplication.class, args);
    }

    /** Runs {@code args[0]} as a command and returns the exit status; the context is closed on return. */
    static int runCommand(String... args) {
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (!COMMANDS.containsKey(name)) {
            System.err.println("알 수 없는 명령: " + name);
            System.err.println(usage());
            return 2;
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SinmunApplication.class)
                .web(WebApplicationType.NONE).properties("sinmun.command=" + name)
                .run(rest.toArray(String[]::new));
        int status;
        try {
            Command command = context.getBeansOfType(Command.class).values().stream()
                    .filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Command bean named " + name));
            status = command.run(CommandArguments.parse(rest, command.options()));
        }
        catch (CommandArguments.UsageException ex) {
            System.err.println(ex.getMessage());
            System.err.println(usage());
            status = 2;
        }
        catch (RuntimeException ex) {
            System.err.println(name + " 실패: " + ex.getMessage());
            LoggerFactory.getLogger(SinmunApplication.class).error("Command {} failed", name, ex);
            status = 1;
        }
        int exit = status;
        return SpringApplication.exit(context, () -> exit);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("사용법: java -jar sinmun.jar [명령] [--spring.속성=값 ...]\n");
        text.append("  (명령 없음)                        사이트를 띄웁니다\n");
        COMMANDS.values().forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }
}
