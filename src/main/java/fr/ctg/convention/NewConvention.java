package fr.ctg.convention;

import fr.ctg.base.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything needed to create a convention (platform administrator; the demo loader reads it from JSON). */
public record NewConvention(
        String code,
        String title,
        String territory,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        RenewalMode renewal,
        int noticeMonths,
        String noticeForm,
        ConventionStatus status,
        boolean demo,
        List<NewParty> parties,
        List<String> legalBasis,
        List<NewArticle> articles,
        List<NewAnnex> annexes,
        List<String> fields,
        List<NewThematicGroup> thematicGroups,
        List<NewFigure> territoryPortrait) {

    /** {@code logoPath}: a logo shipped with the portal (demo); {@code logoId}: an uploaded one (may be null). */
    public record NewParty(PartyKind kind, String name, String shortName, String address, String logoPath,
                           Long logoId, List<NewSignatory> signatories) {
    }

    public record NewSignatory(String fullName, String capacity, String authorisation) {
    }

    public record NewArticle(int number, String title, String body) {
    }

    public record NewAnnex(int number, String title, String description, boolean provided) {
    }

    public record NewThematicGroup(String name, String description) {
    }

    public record NewFigure(String label, BigDecimal value, String unit, Integer year, String source) {
    }
}
