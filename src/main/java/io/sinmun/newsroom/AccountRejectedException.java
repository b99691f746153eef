package io.sinmun.newsroom;

/** An account change the rules refuse; the message is Korean and meant for the admin. */
public class AccountRejectedException extends RuntimeException {

    public AccountRejectedException(String message) {
        super(message);
    }
}
