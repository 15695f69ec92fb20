package fr.ctg.avenant;

import fr.ctg.base.pdf.PdfLogo;
import java.util.List;

/**
 * An avenant as a document, in the reader's language, before any format: both parties' logos, then blocks that the
 * DOCX and PDF writers lay out the same way.
 */
record AvenantOutline(String title, List<PdfLogo> logos, List<Block> blocks) {

    sealed interface Block {
    }

    record Title(String text) implements Block {
    }

    record Heading(String text) implements Block {
    }

    record SubHeading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** Markdown written by people (a preamble, an article's wording). */
    record Markdown(String text) implements Block {
    }

    record Bullet(String text) implements Block {
    }

    /** A signature box: the party, who signs and in what capacity. */
    record Signature(String party, String signatory) implements Block {
    }
}
