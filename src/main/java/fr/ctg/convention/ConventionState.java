package fr.ctg.convention;

import fr.ctg.base.PartyKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The convention as it stood at one revision of its history: its terms (Article 10), parties and signatories,
 * articles and annexes. Lists are in the convention's order.
 */
public record ConventionState(long conventionId, long revision, Terms terms, List<PartyState> parties,
                              List<TextState> articles, List<TextState> annexes) {

    public record Terms(String title, String territory, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
                        RenewalMode renewal, int noticeMonths, String noticeForm, ConventionStatus status) {
    }

    public record PartyState(long id, PartyKind kind, String name, String shortName, String address,
                             List<SignatoryState> signatories) {
    }

    public record SignatoryState(String fullName, String capacity, String authorisation) {
    }

    /** An article or an annex ({@code provided} is always true for an article). */
    public record TextState(TextPart part, int number, String title, String body, boolean provided) {
    }
}
