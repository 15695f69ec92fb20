package fr.ctg.base.docs;

import fr.ctg.base.pdf.PdfLogo;
import java.util.List;

/**
 * A document before any format, in its reader's language: the parties' logos (Article 8), then blocks that
 * {@link OutlineDocx} (editable Word) and {@link OutlinePdf} (PDF/A-2b) lay out the same way.
 */
public record DocOutline(String title, List<PdfLogo> logos, List<Block> blocks) {

    public sealed interface Block {
    }

    public record Title(String text, String subtitle) implements Block {
    }

    /** A heading, level 1 (chapter) or 2 (section). */
    public record Heading(int level, String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    /** A sentence that says what is missing (no value, no answer): set apart so that nobody takes it for data. */
    public record Missing(String text) implements Block {
    }

    /** Markdown written by people (an answer, a section of minutes). */
    public record Markdown(String text) implements Block {
    }

    public record Bullet(String text) implements Block {
    }

    /** A table; numbers arrive already written in the reader's language. */
    public record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }

    /** A chart drawn on the server (PNG), its size in points and the caption that says its source. */
    public record Chart(byte[] png, float widthPt, float heightPt, String caption) implements Block {
    }

    public record PageBreak() implements Block {
    }
}
