package fr.ctg.exchange;

/** What the parties decided on a data-exchange request. */
public enum ExchangeDecision {
    ACCEPTED, REFUSED, ACCEPTED_WITH_CONDITIONS;

    public String labelKey() {
        return "exchange.decision." + name();
    }
}
