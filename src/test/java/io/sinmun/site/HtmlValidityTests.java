package io.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every reader page, the 404 page, the offline page and the newsroom's login page pass the Nu
 * Html Checker (the engine behind validator.w3.org/nu), run in-process with the schemas in its jar:
 * no network.
 *
 * <p>The checker is built on Jetty 11's HTTP client, which cannot share a class path with the Jetty 12
 * Sinmun runs on: it is loaded in a class loader of its own, with the Jetty 11 jars that the build
 * copies to {@code target/nu-validator-jetty} and the test class path without any Jetty jar.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HtmlValidityTests {

    /** The HTML5 schema with RDFa, which Open Graph's {@code <meta property>} is. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/sections/culture", "/articles/160", "/articles/99999", "/login", "/offline" })
    void thePageHasNoHtmlErrors(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getContentType()).as(path).startsWith("text/html");

        assertThat(errors(response.getContentAsByteArray())).as("Nu Html Checker on " + path).isEmpty();
    }

    @Test
    void theCheckerFindsErrorsWhereThereAreSome() throws Exception {
        String broken = """
                <!DOCTYPE html><html lang="ko"><head><title>t</title></head>
                <body><p><div>블록</div></p><img src="a.png"><a href="#" href="#">두 번</a></body></html>""";

        assertThat(errors(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .anyMatch(message -> message.contains("alt"))
                .anyMatch(message -> message.contains("Duplicate attribute"));
    }

    /** The checker's errors (warnings and notes left out), each as "line:column message". */
    static List<String> errors(byte[] html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                error(exception);
            }
        };
        // no log4j set-up of its own, no language detection (the pages say lang="ko" themselves)
        Class<?> type = Class.forName("nu.validator.validation.SimpleDocumentValidator", true, CHECKER);
        Object validator = type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(false, false, false);
        type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, SCHEMA, collector);
        type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                .invoke(validator, collector, true, false);
        Method check = type.getMethod("checkHtmlInputSource", InputSource.class);
        check.invoke(validator, new InputSource(new ByteArrayInputStream(html)));
        return errors;
    }

    /** The checker's own class loader: Jetty 11 first, then the test class path less every Jetty 12 jar. */
    private static final ClassLoader CHECKER = checkerClassLoader();

    private static ClassLoader checkerClassLoader() {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jetty11 = Files.list(Path.of("target", "nu-validator-jetty"))) {
            for (Path jar : jetty11.sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isEmpty() && !entry.replace('\\', '/').contains("/org/eclipse/jetty/")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the checker's Jetty 11 jars (target/nu-validator-jetty) are missing: build with Maven", ex);
        }
        // the platform loader as parent: org.xml.sax (the error handler, the input) is shared, nothing else
        return new URLClassLoader("nu-validator", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
