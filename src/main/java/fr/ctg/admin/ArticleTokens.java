package fr.ctg.admin;

import fr.ctg.base.PartyKind;
import fr.ctg.convention.NewConvention;
import fr.ctg.convention.RenewalMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Replaces the structure's tokens in article texts with the convention's own values at creation. */
final class ArticleTokens {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private ArticleTokens() {
    }

    static String apply(String text, ConventionDraft d) {
        if (text == null) {
            return null;
        }
        NewConvention.NewParty caf = d.parties().stream().filter(p -> p.kind() == PartyKind.CAF).findFirst()
                .orElse(d.parties().getFirst());
        NewConvention.NewParty partner = d.parties().stream().filter(p -> p != caf).findFirst().orElse(caf);
        Map<String, String> values = Map.of(
                "{caf}", caf.shortName() == null ? "…" : caf.shortName(),
                "{partenaire}", partner.name() == null ? "…" : lowerFirstIfCommonNoun(partner.name()),
                "{fin}", d.endDate() == null ? "…" : FRENCH_DATE.format(d.endDate()),
                "{reconduction}", renewal(d.renewal()),
                "{preavis}", String.valueOf(d.noticeMonths()),
                "{formePreavis}", d.noticeForm() == null || d.noticeForm().isBlank() ? ""
                        : ", formalisé par " + lowerFirst(d.noticeForm().strip()));
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String renewal(RenewalMode mode) {
        if (mode == null) {
            return "";
        }
        return switch (mode) {
            case EXPRESS -> ", par expresse reconduction";
            case TACIT -> ", par tacite reconduction";
            case NONE -> "";
        };
    }

    /** "Communauté de communes du Savès" reads "la communauté de communes du Savès" inside a sentence. */
    static String lowerFirstIfCommonNoun(String name) {
        String n = name.strip();
        for (String noun : new String[] {"Communauté", "Commune", "Ville", "Métropole"}) {
            if (n.startsWith(noun + " ")) {
                return lowerFirst(n);
            }
        }
        return n;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.FRENCH) + s.substring(1);
    }
}
