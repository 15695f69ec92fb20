package fr.ctg.avenant;

/**
 * Where a modification belongs in the convention, in the order an avenant lists them: the parties and signatories
 * (the preamble), the articles (the shared objectives are Article 4, the dates and renewal Article 10), the annexes.
 */
public enum ChangeGroup {
    PARTIES, ARTICLE, OBJECTIVES, TERMS, ANNEX;

    /** The article or annex number the group sorts under (the preamble first, annexes after every article). */
    public int order(int number) {
        return switch (this) {
            case PARTIES -> -1;
            case ARTICLE -> number * 10;
            case OBJECTIVES -> 41;
            case TERMS -> 101;
            case ANNEX -> 1000 + number;
        };
    }

    /** The heading's message key; it takes the number as its argument. */
    public String headingKey() {
        return "avenant.group." + name();
    }
}
