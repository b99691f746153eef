package io.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

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
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
        return errors;
    }
}
