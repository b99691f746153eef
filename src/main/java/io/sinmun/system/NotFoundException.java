package io.sinmun.system;

/** Something a reader asked for by id or slug does not exist (or is not public): a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
