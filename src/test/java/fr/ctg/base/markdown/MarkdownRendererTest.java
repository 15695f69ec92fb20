package fr.ctg.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hole 10 of the security review: Markdown images from anywhere (tracking pixels in minutes and objectives). */
class MarkdownRendererTest {

    @Test
    void markdownImagesOnlyFromThePortalItself() {
        String html = MarkdownRenderer.toSafeHtml("Compte rendu ![pixel](https://evil.example/p.png?who=me) et "
                + "![logo](/images/logos/caf-gers.svg) puis ![](//evil.example/x.gif) ![x](data:image/png;base64,AAAA)");
        assertThat(html).doesNotContain("evil.example", "data:image").contains("[pixel]", "[image]", "[x]")
                .contains("<img src=\"/images/logos/caf-gers.svg\" alt=\"logo\" />");
    }

    @Test
    void rawHtmlAndScriptLinksStayHarmless() {
        String html = MarkdownRenderer.toSafeHtml("<img src=x onerror=alert(1)> [clic](javascript:alert(1))");
        assertThat(html).doesNotContain("<img", "javascript:").contains("&lt;img");
    }
}
