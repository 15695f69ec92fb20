package fr.ctg.base.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML: raw HTML in the source is escaped (never executed) and link targets other
 * than http(s), mailto and relative ones are dropped, so {@code javascript:} links become harmless. GitHub-style
 * tables are understood.
 */
public final class MarkdownRenderer {

    private static final java.util.List<org.commonmark.Extension> EXTENSIONS =
            java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
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
        return RENDERER.render(PARSER.parse(markdown));
    }
}
