package io.sinmun.media.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pixels as JPEG or PNG with no metadata at all: the writers get no metadata object, so the
 * output holds only what decoding needs (JPEG: the JFIF header; PNG: IHDR, PLTE/tRNS, IDAT, IEND).
 */
final class ImageEncoding {

    static final float JPEG_QUALITY = 0.9f;

    private ImageEncoding() {
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, opaque(image), param);
    }

    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, image, writer.getDefaultWriteParam());
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // in memory: ImageIO's default stream would go through a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** 8-bit grey and opaque sRGB stay as they are; anything else becomes sRGB, transparency on white. */
    static BufferedImage opaque(BufferedImage image) {
        if (isOpaqueStandard(image.getType())) {
            return image; // a decoded JPEG usually: no copy of a picture that may be 150 MB
        }
        if (!image.getColorModel().hasAlpha() && !image.getColorModel().getColorSpace().isCS_sRGB()
                && image.getColorModel().getNumColorComponents() > 1) {
            // e.g. a JPEG decoded in its embedded profile's colour space: convert, do not reinterpret
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            return new ColorConvertOp(null).filter(image, rgb);
        }
        return draw(image, BufferedImage.TYPE_INT_RGB, Color.WHITE);
    }

    static boolean isOpaqueStandard(int type) {
        return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** sRGB with alpha, premultiplied: the form that scales without dark fringes at transparent edges. */
    static BufferedImage premultiplied(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_ARGB_PRE ? image
                : draw(image, BufferedImage.TYPE_INT_ARGB_PRE, null);
    }

    static BufferedImage draw(BufferedImage image, int type, Color background) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        }
        finally {
            g.dispose();
        }
        return copy;
    }
}
