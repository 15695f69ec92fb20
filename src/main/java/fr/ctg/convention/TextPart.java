package fr.ctg.convention;

/** A part of the convention's text that people edit: an article (0 = the preliminary article) or an annex. */
public enum TextPart {
    ARTICLE, ANNEX;

    /** The part's heading key: "Article {0} – {1}" or "Annexe {0} – {1}". */
    public String headingKey() {
        return this == ARTICLE ? "convention.article.heading" : "convention.annex.heading";
    }
}
