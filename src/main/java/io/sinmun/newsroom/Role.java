package io.sinmun.newsroom;

/** What a newsroom account may do. Editors and admins run the desk; only admins keep accounts and settings. */
public enum Role {

    ADMIN("관리자"), EDITOR("데스크"), REPORTER("기자");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDesk() {
        return this == ADMIN || this == EDITOR;
    }
}
