package io.sinmun.media;

/** An upload that is not an image Sinmun will store; the message says why, in Korean. */
public class ImageRejectedException extends RuntimeException {

    public ImageRejectedException(String message) {
        super(message);
    }
}
