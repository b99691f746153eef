package io.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Web App Manifest that lets a reader install the paper as an app, and the icons it names. */
@SpringBootTest
@AutoConfigureMockMvc
class ManifestTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void theManifestNamesTheAppAfterThePaperInKorean() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/manifest+json");
        JsonNode manifest = JSON.readTree(response.getContentAsByteArray());
        assertThat(manifest.get("name").asString()).isEqualTo("신도시뉴스");
        assertThat(manifest.get("short_name").asString()).isEqualTo("신도시뉴스");
        assertThat(manifest.get("lang").asString()).isEqualTo("ko");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("scope").asString()).isEqualTo("/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#153b6e");
        assertThat(manifest.get("background_color").asString()).isEqualTo("#ffffff");
    }

    @Test
    void everyIconIsARealPngOfTheSizeTheManifestStates() throws Exception {
        JsonNode manifest = JSON.readTree(mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse()
                .getContentAsByteArray());
        List<String> purposes = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            String src = icon.get("src").asString();
            int size = Integer.parseInt(icon.get("sizes").asString().split("x")[0]);
            assertThat(icon.get("type").asString()).isEqualTo("image/png");
            assertThat(png(src)).as(src).satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            });
            purposes.add(icon.get("purpose").asString() + " " + size);
        }
        assertThat(purposes).containsExactlyInAnyOrder("any 192", "any 512", "maskable 192", "maskable 512");
    }

    @Test
    void aMaskableIconFillsItsSquareAndKeepsTheLetterInTheSafeZone() throws Exception {
        BufferedImage icon = png("/icons/maskable-512.png");

        // full bleed: a launcher may cut it to any shape
        assertThat(icon.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x153B6E);
        assertThat(icon.getRGB(511, 511) & 0xFFFFFF).isEqualTo(0x153B6E);
        // the white letter lies within the central circle of radius 40% that every mask keeps
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                if ((icon.getRGB(x, y) & 0xFF) > 0xC0) {
                    assertThat(Math.hypot(x - 255.5, y - 255.5)).as("(%d,%d)", x, y).isLessThan(0.4 * 512);
                }
            }
        }
    }

    @Test
    void everyPageLinksTheManifestTheThemeColourAndTheAppleIcon() throws Exception {
        for (String path : List.of("/", "/articles/160", "/articles/99999", "/offline")) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            var head = org.jsoup.Jsoup.parse(html).head();
            assertThat(head.select("link[rel=manifest]").attr("href")).as(path).isEqualTo("/manifest.webmanifest");
            assertThat(head.select("meta[name=theme-color]").attr("content")).as(path).isEqualTo("#153b6e");
            assertThat(head.select("link[rel=apple-touch-icon]").attr("href")).as(path) // fingerprinted
                    .matches("/icons/apple-touch-icon-[0-9a-f]{32}\\.png");
        }
        assertThat(png("/icons/apple-touch-icon.png").getWidth()).isEqualTo(180);
    }

    private BufferedImage png(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).as(path).isEqualTo("image/png");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).as(path).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as(path).isNotNull();
        return image;
    }
}
