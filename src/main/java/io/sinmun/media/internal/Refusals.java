package io.sinmun.media.internal;

import java.util.Locale;

import io.sinmun.media.ImageRejectedException;

/** The reasons an upload is refused, worded for the newsroom: what is wrong and what to do. */
final class Refusals {

    private Refusals() {
    }

    static ImageRejectedException empty() {
        return new ImageRejectedException("빈 파일입니다. 올릴 이미지 파일을 다시 골라 주세요.");
    }

    static ImageRejectedException tooManyBytes(long maxBytes) {
        return new ImageRejectedException("파일이 너무 큽니다. 이미지는 " + size(maxBytes) + "까지 올릴 수 있습니다.");
    }

    static ImageRejectedException tooManyPixels(long width, long height, long maxPixels) {
        return new ImageRejectedException("이미지가 너무 큽니다 (" + width + "×" + height + "). 최대 "
                + (maxPixels >= 1_000_000 ? maxPixels / 1_000_000 + "메가픽셀" : maxPixels + "픽셀")
                + "까지 올릴 수 있습니다.");
    }

    static ImageRejectedException tooManyFramePixels(long pixels, long maxPixels) {
        return new ImageRejectedException("움직이는 이미지의 프레임이 너무 많거나 큽니다 (모든 프레임 합계 " + pixels
                + "픽셀). 모든 프레임을 합쳐 " + maxPixels / 1_000_000 + "메가픽셀까지 올릴 수 있습니다.");
    }

    static ImageRejectedException tooManyScans(int max) {
        return new ImageRejectedException("JPEG의 스캔이 " + max + "개를 넘습니다. 일반적인 사진 편집기로 다시 저장해서 올려 주세요.");
    }

    static ImageRejectedException notAnImage() {
        return new ImageRejectedException(
                "JPEG, PNG, GIF, WebP 이미지만 올릴 수 있습니다. 파일 내용이 이미지가 아닙니다 (파일 이름은 보지 않습니다).");
    }

    static ImageRejectedException svg() {
        return new ImageRejectedException(
                "SVG 파일은 스크립트를 담을 수 있어 올릴 수 없습니다. PNG나 JPEG로 바꿔서 올려 주세요.");
    }

    static ImageRejectedException truncated() {
        return corrupt("파일이 중간에 잘렸습니다");
    }

    static ImageRejectedException corrupt(String why) {
        return new ImageRejectedException("손상되었거나 일부가 잘린 이미지입니다 (" + why + "). 원본 파일을 다시 올려 주세요.");
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return decimal(bytes / (1024.0 * 1024)) + "MB";
        }
        return bytes >= 1024 ? decimal(bytes / 1024.0) + "KB" : bytes + "바이트";
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
