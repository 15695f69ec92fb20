package fr.ctg.convention;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.Sha256;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A logo as uploaded, made safe: at most {@link #MAX_BYTES} read (the rest is refused, not read), PNG or JPEG as the
 * bytes say (not the name), a sane size before decoding, decoded, shrunk to fit {@link #MAX_WIDTH}×{@link #MAX_HEIGHT}
 * and kept as PNG.
 */
final class LogoImages {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_WIDTH = 600;
    static final int MAX_HEIGHT = 300;
    private static final int MAX_PIXELS = 40_000_000;

    record Processed(byte[] png, int width, int height, String sha256) {
    }

    private LogoImages() {
    }

    static Processed process(InputStream upload) {
        byte[] bytes = readAtMost(upload);
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new BusinessRuleException("logo.error.type");
        }
        BufferedImage image = decode(bytes);
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / w, (double) MAX_HEIGHT / h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, tw, th, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", png);
        } catch (IOException e) {
            throw new BusinessRuleException("logo.error.unreadable");
        }
        byte[] result = png.toByteArray();
        return new Processed(result, tw, th, Sha256.hex(result));
    }

    private static byte[] readAtMost(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BusinessRuleException("logo.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new BusinessRuleException("logo.error.type");
            }
            return bytes;
        } catch (IOException e) {
            throw new BusinessRuleException("logo.error.unreadable");
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BusinessRuleException("logo.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                long pixels = (long) w * h;
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new BusinessRuleException("logo.error.dimensions");
                }
                // A few compressed bytes can hold a huge image: read every n-th pixel only, keeping twice what the
                // logo needs, so that memory stays small whatever the dimensions.
                double scale = Math.min((double) MAX_WIDTH / w, (double) MAX_HEIGHT / h);
                int step = Math.max(1, (int) Math.floor(1 / (2 * scale)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new BusinessRuleException("logo.error.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException("logo.error.unreadable");
        }
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
