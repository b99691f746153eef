package io.sinmun.generator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean news text made from the reference paper: its sentences and headlines cut at commas
 * and recombined, with places, people, numbers and topics swapped, so that a million articles
 * have the reference's style but not one vocabulary (a search benchmark on identical texts
 * would measure nothing). Deterministic: the same random source gives the same text.
 */
final class SyntheticText {

    static final List<String> PLACES = List.of("하남시", "광주시", "양평군", "성남시", "구리시", "남양주시", "영주시",
            "공주시", "신안군", "수원시", "용인시", "이천시", "여주시", "가평군", "과천시", "의왕시", "안양시", "군포시",
            "광명시", "시흥시", "안산시", "화성시", "오산시", "평택시", "안성시", "김포시", "고양시", "파주시", "양주시",
            "포천시", "동두천시", "연천군", "의정부시", "춘천시", "원주시", "강릉시", "청주시", "천안시", "아산시",
            "전주시", "목포시", "여수시", "순천시", "포항시", "경주시", "안동시", "창원시", "진주시", "통영시", "제주시");
    static final List<String> PEOPLE = List.of("김상호", "국승현", "방미숙", "이정민", "박서준", "최유진", "정하늘",
            "강민호", "조은비", "윤태영", "장수빈", "임도윤", "한지우", "오세훈", "서민재", "신예린", "권혁준", "황보라",
            "안재현", "송지아", "류현우", "전소영", "홍길순", "고은채", "문성민", "양희정", "손우진", "배수아", "백승호",
            "허윤서");
    static final List<String> TOPICS = List.of("주민센터", "도서관", "교통", "주차장", "어린이집", "재난지원금",
            "일자리", "청년창업", "소상공인", "전통시장", "공원", "하천", "미세먼지", "탄소중립", "자전거도로", "버스노선",
            "지하철", "광역교통", "주거복지", "공공임대", "노인복지관", "장애인복지", "다문화가족", "평생학습", "도시재생",
            "원도심", "신도시", "택지개발", "문화재", "축제", "체육시설", "수영장", "생활체육", "예방접종", "선별진료소",
            "방역", "감염병", "보건소", "응급의료", "안전점검", "재난대응", "폭염", "한파", "제설", "상수도", "하수처리",
            "쓰레기", "재활용", "음식물쓰레기", "에너지", "태양광", "전기차", "충전소", "수소차", "스마트시티", "디지털",
            "메타버스", "인공지능", "빅데이터", "공공와이파이", "행정서비스", "민원", "세무", "지방세", "예산", "조례",
            "의회", "시민참여", "주민자치", "마을공동체", "자원봉사", "기부", "나눔", "장학금", "교육청", "학교폭력",
            "돌봄교실", "방과후", "청소년", "대학생", "취업박람회", "기업유치", "산업단지", "스타트업", "벤처", "관광",
            "농업", "로컬푸드", "먹거리", "급식", "반려동물", "유기동물", "경로당", "출산장려금", "육아", "보육",
            "여성친화도시", "양성평등", "인권", "평화", "통일", "자매도시", "우호도시", "국제교류", "해외연수", "언택트");
    static final List<String> ACTIONS = List.of("추진한다고 밝혔다", "확대하기로 했다", "본격 시행한다", "논의했다",
            "점검했다", "개선하기로 했다", "지원한다고 밝혔다", "모집한다", "운영한다고 전했다", "강화해 나갈 계획이다",
            "협약을 체결했다", "설명회를 열었다", "간담회를 개최했다", "성과를 거뒀다고 말했다", "계획을 발표했다");
    private static final List<String> HEADLINE_ACTIONS = List.of("추진", "확대", "본격 시행", "논의", "점검",
            "지원 나서", "참여자 모집", "협약 체결", "간담회 개최", "계획 발표", "성과 거둬", "개선 나선다");
    private static final List<String> TEMPLATES = List.of(
            "{place}는 올해 {topic} 사업을 {action}.",
            "{person} 시장은 {topic}와 {topic2} 분야의 협력 방안을 {action}.",
            "{place}에 따르면 {topic} 관련 예산 {n}억 원을 투입해 {topic2} 환경을 {action}.",
            "이번 {topic} 정책은 시민 {n}명을 대상으로 한 설문조사 결과를 반영한 것이다.",
            "{place} 관계자는 “{topic} 분야에서 시민이 체감할 수 있는 변화를 만들겠다”고 말했다.",
            "시는 {month}월부터 {topic} 서비스를 비대면으로 전환해 {action}.",
            "{person} 위원장은 {topic} 문제를 해결하기 위해 {place}와 공동으로 {action}.",
            "{place}와 {place2}는 {topic} 분야 자매도시 교류를 {action}.");

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SLOT = Pattern.compile("\\{(place2?|person|topic2?|action|n|month)}");

    private final List<String> headlineParts;
    private final List<String> clauses;
    private final List<String> endings;

    SyntheticText(List<String> headlines, List<String> paragraphs) {
        headlineParts = new ArrayList<>();
        for (String h : headlines) {
            headlineParts.add(h);
            for (String part : h.split(",\\s*")) {
                if (part.strip().length() >= 8 && balanced(part)) {
                    headlineParts.add(part.strip());
                }
            }
        }
        clauses = new ArrayList<>();
        endings = new ArrayList<>();
        for (String p : paragraphs) {
            String[] parts = p.split(",\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                clauses.add(parts[i].strip());
            }
            endings.add(parts[parts.length - 1].strip());
        }
    }

    String headline(SplittableRandom r) {
        String text = pick(r, headlineParts);
        if (r.nextInt(3) == 0) {
            text = text + ", " + pick(r, headlineParts);
        }
        else if (r.nextInt(2) == 0) {
            text = fill(r, "{place}, {topic} " + pick(r, HEADLINE_ACTIONS));
        }
        return swap(r, text);
    }

    String subheadline(SplittableRandom r) {
        return swap(r, fill(r, "{topic}·{topic2} 분야 " + pick(r, List.of("지원 확대", "협력 강화", "종합 계획 수립",
                "시민 의견 수렴", "예산 " + (1 + r.nextInt(900)) + "억 원 투입"))));
    }

    /** A body of several paragraphs as HTML ({@code <p>}, now and then an {@code <h3>}), text escaped. */
    String bodyHtml(SplittableRandom r) {
        int paragraphs = 5 + r.nextInt(8);
        StringBuilder html = new StringBuilder(paragraphs * 220);
        for (int i = 0; i < paragraphs; i++) {
            if (i > 1 && r.nextInt(7) == 0) {
                html.append("<h3>").append(escape(swap(r, pick(r, headlineParts)))).append("</h3>");
            }
            html.append("<p>");
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    html.append(' ');
                }
                html.append(escape(sentence(r)));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    String sentence(SplittableRandom r) {
        if (r.nextInt(5) < 2) {
            return fill(r, pick(r, TEMPLATES));
        }
        StringBuilder s = new StringBuilder();
        int clauseCount = r.nextInt(3);
        for (int i = 0; i < clauseCount; i++) {
            s.append(pick(r, clauses)).append(", ");
        }
        s.append(pick(r, endings));
        return swap(r, s.toString());
    }

    List<String> tags(SplittableRandom r) {
        int n = r.nextInt(5) < 2 ? 0 : 1 + r.nextInt(3);
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String tag = i == 0 && r.nextBoolean() ? pick(r, PLACES) : pick(r, TOPICS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private String fill(SplittableRandom r, String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "place", "place2" -> pick(r, PLACES);
                case "person" -> pick(r, PEOPLE);
                case "topic", "topic2" -> pick(r, TOPICS);
                case "action" -> pick(r, ACTIONS);
                case "n" -> Integer.toString(1 + r.nextInt(500));
                default -> Integer.toString(1 + r.nextInt(12));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Swaps the reference's own place, people and numbers for others, most of the time. */
    private static String swap(SplittableRandom r, String text) {
        if (r.nextInt(10) < 7) {
            text = text.replace("하남시", pick(r, PLACES));
        }
        if (r.nextInt(10) < 7) {
            text = text.replace("김상호", pick(r, PEOPLE));
        }
        if (r.nextInt(2) == 0) {
            text = text.replace("국승현", pick(r, PEOPLE)).replace("방미숙", pick(r, PEOPLE));
        }
        if (r.nextInt(3) == 0) {
            Matcher m = NUMBER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String n = m.group();
                String replaced = n.length() == 4 ? Integer.toString(2017 + r.nextInt(10))
                        : Integer.toString(1 + r.nextInt(n.length() == 1 ? 9 : 99));
                m.appendReplacement(out, replaced);
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    private static boolean balanced(String text) {
        return count(text, '“') == count(text, '”') && count(text, '‘') == count(text, '’');
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
