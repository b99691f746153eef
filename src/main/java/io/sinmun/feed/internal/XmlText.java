package io.sinmun.feed.internal;

/** Text made safe to put in an XML 1.0 document. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Drops the characters XML 1.0 cannot carry at all (most control characters, lone
     * surrogates, U+FFFE/U+FFFF): escaping cannot save them, and one would break the whole
     * document. Headlines are cleaned on save; settings and bodies may still hold one.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
