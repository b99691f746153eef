package io.sinmun.push.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The notification JSON the service worker shows: title, body, the article's address, icon and
 * image, and a tag (one notification per article: a repeated message replaces, never doubles).
 * It must fit one aes128gcm record, so long texts are shortened, never the address.
 */
final class PushPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PushPayload() {
    }

    static String json(long number, String headline, String body, boolean breaking, String url, String icon,
            String image, long timestamp) {
        String title = (breaking ? "[속보] " : "") + headline;
        String text = body == null ? "" : body;
        for (int limit = 300; ; limit /= 2) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", shorten(title, limit));
            map.put("body", shorten(text, limit));
            map.put("url", url);
            map.put("icon", icon);
            if (image != null) {
                map.put("image", image);
            }
            map.put("tag", "article-" + number);
            map.put("number", number);
            map.put("breaking", breaking);
            map.put("timestamp", timestamp);
            String json = JSON.writeValueAsString(map);
            if (json.getBytes(StandardCharsets.UTF_8).length <= WebPushEncryption.MAX_PLAINTEXT || limit < 10) {
                return json;
            }
        }
    }

    private static String shorten(String text, int limit) {
        return text.codePointCount(0, text.length()) <= limit ? text
                : text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
