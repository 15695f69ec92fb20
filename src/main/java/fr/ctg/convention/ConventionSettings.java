package fr.ctg.convention;

import fr.ctg.base.PartyKind;
import java.time.LocalDate;
import java.util.List;

/** What a convention's administrators edit after its creation: its terms, parties and signatories, fields, groups. */
public record ConventionSettings(long conventionId, long cafId, Terms terms, List<PartyDetails> parties,
                                 List<FieldRef> fields, List<ThematicGroupRef> thematicGroups) {

    /** Identity and Article 10. */
    public record Terms(String title, String territory, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
                        RenewalMode renewal, int noticeMonths, String noticeForm, ConventionStatus status) {
    }

    /** A party with its signatories; {@code id} null for a new party; {@code logoUrl} as the header shows it. */
    public record PartyDetails(Long id, PartyKind kind, String name, String shortName, String address, String logoUrl,
                               List<NewConvention.NewSignatory> signatories) {
    }

    /** A field or group as edited: {@code id} null for a new one. */
    public record Item(Long id, String name, String description) {
    }
}
