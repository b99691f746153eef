package io.sinmun.demo.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the demo's lead images (a skyline over a river, in the section's colours): the reference
 * page marks every article as having a photo, and Sinmun ships no photographs it has no rights to.
 */
final class DemoImages {

    private DemoImages() {
    }

    static byte[] skyline(long seed, Color sky, Color ground) {
        int width = 1200;
        int height = 675;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, sky.brighter(), 0, height * 0.7f, sky));
            g.fillRect(0, 0, width, height);
            Random random = new Random(seed);
            g.setColor(new Color(255, 255, 255, 170));
            g.fillOval(120 + random.nextInt(800), 60 + random.nextInt(80), 90, 90);
            int x = 0;
            while (x < width) {
                int w = 40 + random.nextInt(90);
                int h = 120 + random.nextInt(260);
                g.setColor(ground.darker());
                g.fillRect(x, (int) (height * 0.72) - h, w - 6, h);
                g.setColor(new Color(255, 240, 180, 140));
                for (int wy = (int) (height * 0.72) - h + 12; wy < height * 0.72 - 12; wy += 22) {
                    for (int wx = x + 8; wx < x + w - 16; wx += 16) {
                        if (random.nextInt(3) > 0) {
                            g.fillRect(wx, wy, 6, 9);
                        }
                    }
                }
                x += w;
            }
            g.setPaint(new GradientPaint(0, height * 0.72f, ground, 0, height, ground.darker().darker()));
            g.fillRect(0, (int) (height * 0.72), width, height);
            g.setStroke(new BasicStroke(3f));
            g.setColor(new Color(255, 255, 255, 60));
            for (int i = 0; i < 7; i++) {
                int y = (int) (height * 0.76) + i * 20;
                g.drawLine(random.nextInt(400), y, 500 + random.nextInt(700), y);
            }
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
