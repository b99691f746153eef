package io.sinmun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SinmunApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("article", "section", "reader", "site", "media", "system", "demo");
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, output.toString()).writeDocumentation();
        Path components = output.resolve("components.puml");
        assertThat(Files.readString(components)).contains("Rel(Sinmun.Sinmun.Reader, Sinmun.Sinmun.Article");
    }
}
