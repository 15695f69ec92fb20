package fr.ctg.convention;

/** An article or an annex was saved (published after the commit to the people looking at it). */
public record ConventionTextChanged(long conventionId, TextPart part, int number, long version, long actorAccountId,
                                    String actorName, TextDraft draft) {

    public long versionNumber() {
        return version + 1;
    }
}
