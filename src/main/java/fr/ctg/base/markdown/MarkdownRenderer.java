package fr.ctg.base.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML: raw HTML in the source is escaped (never executed) and link targets other
 * than http(s), mailto and relative ones are dropped, so {@code javascript:} links become harmless. Images are shown
 * only from the portal itself (a relative address): one from elsewhere (a tracking pixel) becomes its description in
 * brackets. GitHub-style tables are understood.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new OutsideImages());
        return RENDERER.render(document);
    }

    /** Whether an image address points into the portal: relative, without a scheme or a host. */
    static boolean fromThePortal(String destination) {
        String d = destination == null ? "" : destination.strip();
        return !d.isEmpty() && !d.startsWith("//") && !d.startsWith("\\") && !d.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Replaces each image from elsewhere by its description, so that the page never fetches it. */
    private static final class OutsideImages extends AbstractVisitor {
        @Override
        public void visit(Image image) {
            if (fromThePortal(image.getDestination())) {
                return;
            }
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    alt.append(t.getLiteral());
                }
            }
            image.insertBefore(new Text("[" + (alt.isEmpty() ? "image" : alt) + "]"));
            image.unlink();
        }
    }
}
