package fr.ctg.convention;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.PartyKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a convention's identity, parties and structure follow, checked before anything is written (creation,
 * wizard, settings): each refusal names what is wrong.
 */
final class ConventionChecks {

    private ConventionChecks() {
    }

    static void terms(String title, String territory, LocalDate start, LocalDate end, LocalDate signedOn,
                      int noticeMonths, String noticeForm) {
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new BusinessRuleException("convention.error.title");
        }
        if (territory == null || territory.isBlank() || territory.strip().length() > 200) {
            throw new BusinessRuleException("convention.error.territory");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new BusinessRuleException("convention.error.dates");
        }
        if (signedOn != null && signedOn.isAfter(end)) {
            throw new BusinessRuleException("convention.error.signedOn");
        }
        if (noticeMonths < 0 || noticeMonths > 24) {
            throw new BusinessRuleException("convention.error.notice");
        }
        if (noticeForm != null && noticeForm.strip().length() > 300) {
            throw new BusinessRuleException("convention.error.noticeForm");
        }
    }

    static void parties(List<NewConvention.NewParty> parties) {
        if (parties == null || parties.size() < 2) {
            throw new BusinessRuleException("convention.error.parties");
        }
        if (parties.stream().noneMatch(p -> p.kind() == PartyKind.CAF)) {
            throw new BusinessRuleException("convention.error.cafParty");
        }
        int n = 0;
        for (NewConvention.NewParty p : parties) {
            n++;
            if (p.kind() == null) {
                throw new BusinessRuleException("convention.error.partyKind", n);
            }
            text(p.name(), 300, true, "convention.error.partyName", n);
            text(p.shortName(), 100, true, "convention.error.partyShortName", n);
            text(p.address(), 500, false, "convention.error.partyAddress", n);
            for (NewConvention.NewSignatory s : p.signatories() == null ? List.<NewConvention.NewSignatory>of()
                    : p.signatories()) {
                text(s.fullName(), 200, true, "convention.error.signatoryName", p.shortName());
                text(s.capacity(), 300, true, "convention.error.signatoryCapacity", s.fullName());
                text(s.authorisation(), 500, false, "convention.error.signatoryAuthorisation", s.fullName());
            }
        }
    }

    static void legalBasis(List<String> lines) {
        for (String line : lines == null ? List.<String>of() : lines) {
            text(line, 1000, true, "convention.error.legalBasis");
        }
    }

    static void fields(List<String> titles) {
        if (titles == null || titles.isEmpty()) {
            throw new BusinessRuleException("convention.error.fields");
        }
        Set<String> seen = new HashSet<>();
        for (String t : titles) {
            text(t, 300, true, "convention.error.fieldTitle");
            if (!seen.add(t.strip().toLowerCase(Locale.ROOT))) {
                throw new BusinessRuleException("convention.error.fieldTwice", t.strip());
            }
        }
    }

    static void groups(List<String> names, List<String> descriptions) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            text(n, 200, true, "convention.error.groupName");
            text(descriptions.get(i), 1000, false, "convention.error.groupDescription", n);
            if (!seen.add(n.strip().toLowerCase(Locale.ROOT))) {
                throw new BusinessRuleException("convention.error.groupTwice", n.strip());
            }
        }
    }

    /** Required (or optional) text of at most {@code max} characters once stripped. */
    static String text(String value, int max, boolean required, String key, Object... args) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new BusinessRuleException(key, args);
        }
        return v.isEmpty() ? null : v;
    }
}
