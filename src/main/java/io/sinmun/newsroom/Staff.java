package io.sinmun.newsroom;

/** Who is acting in the newsroom: the logged-in account, or an API token's owner. */
public record Staff(long accountId, String username, String displayName, Role role, Long reporterId) {

    public static Staff of(Account account) {
        return new Staff(account.id(), account.username(), account.displayName(), account.role(),
                account.reporterId());
    }
}
