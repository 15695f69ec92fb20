package fr.ctg.exchange;

/**
 * A data-exchange request as the requesting party writes it: which party asks, a title, the data categories, the
 * purpose, the legal basis; with personal data, also the recipients, the retention and the CNIL formalities.
 */
public record ExchangeRequest(Long requestingPartyId, String title, String dataCategories, String purpose,
                              String legalBasis, boolean personalData, String recipients, String retention,
                              String cnilFormalities) {
}
