package io.sinmun.newsroom;

/** Start-up created the first administrator on an empty installation (from the environment). */
public record FirstAdministratorCreated(long accountId) {
}
