package fr.ctg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.document.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Logos are PNG or JPEG as their bytes say, of a sane size, read at most 2 MB, shrunk to fit and kept as PNG. */
class LogoImagesTest {

    @Test
    void pngAndJpegAreShrunkToFitAndKeptAsPng() {
        LogoImages.Processed png = LogoImages.process(new ByteArrayInputStream(TestFiles.png(1200, 400)));
        assertThat(png.width()).isEqualTo(600);
        assertThat(png.height()).isEqualTo(200);
        assertThat(LogoImages.isPng(png.png())).isTrue();
        assertThat(png.sha256()).hasSize(64);
        LogoImages.Processed jpeg = LogoImages.process(new ByteArrayInputStream(TestFiles.jpeg(300, 600)));
        assertThat(jpeg.height()).isEqualTo(300);
        assertThat(jpeg.width()).isEqualTo(150);
        assertThat(LogoImages.isPng(jpeg.png())).as("kept as PNG").isTrue();
        LogoImages.Processed large = LogoImages.process(new ByteArrayInputStream(TestFiles.png(4000, 2000)));
        assertThat(large.width()).as("read every third pixel, then shrunk").isEqualTo(600);
        assertThat(large.height()).isBetween(299, 300);
        LogoImages.Processed small = LogoImages.process(new ByteArrayInputStream(TestFiles.png(120, 60)));
        assertThat(small.width()).as("never enlarged").isEqualTo(120);
    }

    @Test
    void whatIsNotALogoIsRefusedWithItsReason() {
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream("<svg/>".getBytes())))
                .hasMessageContaining("logo.error.type");
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream(TestFiles.pdf("logo"))))
                .hasMessageContaining("logo.error.type");
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream(new byte[0])))
                .hasMessageContaining("logo.error.type");
        byte[] fakePng = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 0, fakePng, 0, 8);
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream(fakePng)))
                .hasMessageContaining("logo.error.unreadable");
        byte[] big = new byte[LogoImages.MAX_BYTES + 10];
        System.arraycopy(TestFiles.png(10, 10), 0, big, 0, 8);
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream(big))).hasMessageContaining("logo.error.tooLarge");
        assertThatThrownBy(() -> LogoImages.process(new ByteArrayInputStream(pngHeader(100_000, 100_000))))
                .as("a decompression bomb is refused before decoding").hasMessageContaining("logo.error.dimensions");
    }

    /** A PNG signature and IHDR chunk announcing a huge image, with nothing behind. */
    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
