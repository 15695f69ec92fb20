package fr.ctg.exchange;

import java.time.LocalDate;

/** A request of the register with all it records. */
public record ExchangeRow(long id, int number, long requestingPartyId, String requestingParty, String otherParty,
                          ExchangeRequest request, ExchangeStudy opportunity, ExchangeStudy feasibility,
                          ExchangeDecision decision, String conditions, LocalDate decidedOn, LocalDate startOn,
                          LocalDate endOn, ExchangeStage stage) {
}
