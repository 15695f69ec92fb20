package fr.ctg.admin;

import fr.ctg.convention.NewConvention;
import fr.ctg.convention.RenewalMode;
import fr.ctg.governance.CommitteeSetup;
import fr.ctg.governance.RuleSetup;
import java.time.LocalDate;
import java.util.List;

/**
 * A convention being prepared in the wizard, started from the national CTG structure or from a copy of another
 * convention of the same Caf (its structure only: never its people, signatories or documents). Article texts keep
 * the tokens ({@code {caf}}, {@code {partenaire}}, {@code {fin}}, ...) that creation replaces with the final values.
 */
public record ConventionDraft(
        String title,
        String territory,
        List<NewConvention.NewParty> parties,
        List<String> legalBasis,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate endDate,
        int noticeMonths,
        String noticeForm,
        RenewalMode renewal,
        List<String> fields,
        List<NewConvention.NewThematicGroup> thematicGroups,
        List<CommitteeSetup> committees,
        List<RuleSetup> rules,
        List<NewConvention.NewArticle> articles,
        List<NewConvention.NewAnnex> annexes,
        List<DraftObjective> objectives) {

    /** An objective of the structure: its field by position (1-based), its groups by name. */
    public record DraftObjective(int field, String title, String description, List<String> thematicGroups) {
    }
}
