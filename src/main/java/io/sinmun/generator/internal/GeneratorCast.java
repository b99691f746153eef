package io.sinmun.generator.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import io.sinmun.article.Reporter;
import io.sinmun.article.Reporters;
import io.sinmun.media.MediaImages;
import io.sinmun.section.Section;
import io.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * The generated paper's staff and desks: ten sections and twenty reporters (made where missing,
 * so a second run reuses the first's), and a few pictures for lead images.
 */
@Component
class GeneratorCast {

    /** slug, name: the demo's four desks first, so a demo database keeps its menu. */
    static final String[][] SECTIONS = { { "administration", "시정" }, { "society", "사회" }, { "economy", "경제" },
            { "culture", "문화·교육" }, { "politics", "정치" }, { "welfare", "복지" }, { "environment", "환경" },
            { "sports", "스포츠" }, { "people", "사람들" }, { "opinion", "오피니언" } };
    static final List<String> REPORTERS = List.of("김민준 기자", "이서연 기자", "박지훈 기자", "최수아 기자",
            "정도현 기자", "강하은 기자", "조현우 기자", "윤지민 기자", "장예준 기자", "임채원 기자", "한승민 기자",
            "오유나 기자", "서지호 기자", "신다은 기자", "권태윤 기자", "황서진 기자", "안시우 기자", "송하린 기자",
            "류건우 기자", "전나윤 기자");

    private final Sections sections;
    private final Reporters reporters;
    private final MediaImages images;

    GeneratorCast(Sections sections, Reporters reporters, MediaImages images) {
        this.sections = sections;
        this.reporters = reporters;
        this.images = images;
    }

    List<Section> sections() {
        List<Section> result = new ArrayList<>();
        for (String[] s : SECTIONS) {
            result.add(sections.findBySlug(s[0]).orElseGet(() -> sections.create(s[0], s[1])));
        }
        return result;
    }

    List<Reporter> reporters() {
        Map<String, Reporter> byName = reporters.all().stream()
                .collect(Collectors.toMap(Reporter::displayName, Function.identity(), (a, b) -> a));
        List<Reporter> result = new ArrayList<>();
        for (String name : REPORTERS) {
            Reporter known = byName.get(name);
            result.add(known != null ? known
                    : reporters.create(name, null));
        }
        return result;
    }

    /** Ids of a handful of pictures; stored once (the media module recognises the same bytes). */
    List<Long> images() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(images.store(picture(i)).id());
        }
        return ids;
    }

    private static byte[] picture(int i) {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        float hue = i / 6f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, 540,
                Color.getHSBColor(hue, 0.6f, 0.45f)));
        g.fillRect(0, 0, 960, 540);
        g.setColor(Color.getHSBColor(hue, 0.5f, 0.3f));
        for (int b = 0; b < 14; b++) {
            int w = 40 + (b * 37 + i * 11) % 50;
            int h = 80 + (b * 53 + i * 29) % 220;
            g.fillRect(b * 70, 540 - h, w, h);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
