package io.sinmun.system;

/** Input the reader can fix: a 400 whose message is shown as it is, so it must be Korean and safe. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
