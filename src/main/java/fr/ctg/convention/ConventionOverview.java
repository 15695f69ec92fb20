package fr.ctg.convention;

import fr.ctg.base.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows of a convention: parties and signatories, the dates of Article 10 with
 * what is left before the end and before the last day to give notice, the territory portrait.
 */
public record ConventionOverview(
        long id,
        String code,
        String title,
        String territory,
        boolean demo,
        ConventionStatus status,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        RenewalMode renewal,
        int noticeMonths,
        String noticeForm,
        LocalDate noticeDeadline,
        long daysToEnd,
        long daysToNoticeDeadline,
        List<PartyRow> parties,
        List<FieldRef> fields,
        List<ThematicGroupRef> thematicGroups,
        List<Figure> territoryPortrait) {

    public record PartyRow(String name, String shortName, PartyKind kind, String address, String logoPath,
                            List<SignatoryRow> signatories) {
    }

    public record SignatoryRow(String fullName, String capacity, String authorisation) {
    }

    public record Figure(String label, BigDecimal value, String unit, Integer year, String source) {
    }
}
