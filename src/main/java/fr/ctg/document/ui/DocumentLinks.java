package fr.ctg.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.ctg.document.VersionRow;
import java.util.Locale;

/** Download and preview links of a stored version (the URL checks access on every request). */
final class DocumentLinks {

    private DocumentLinks() {
    }

    static HorizontalLayout of(VersionRow v) {
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(true);
        if (v == null) {
            return links;
        }
        Anchor download = new Anchor("files/" + v.id(), "");
        download.setText(download.getTranslation("document.download", v.originalName()));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        download.addClassName("ctg-download");
        links.add(download);
        if ("application/pdf".equals(v.contentType())) {
            Anchor preview = new Anchor("files/" + v.id() + "?inline=true", "");
            preview.setText(preview.getTranslation("document.preview"));
            preview.setTarget(AnchorTarget.BLANK);
            preview.setRouterIgnore(true);
            links.add(preview);
        }
        Span size = new Span(formatSize(v.sizeBytes()));
        size.addClassName("ctg-muted");
        links.add(size);
        return links;
    }

    static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " o";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " ko";
        }
        return String.format(Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024));
    }
}
