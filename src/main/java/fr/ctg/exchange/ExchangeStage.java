package fr.ctg.exchange;

/** Where a request stands: asked, its opportunity studied, its feasibility studied, decided. */
public enum ExchangeStage {
    REQUESTED, OPPORTUNITY_STUDIED, FEASIBILITY_STUDIED, DECIDED;

    public String labelKey() {
        return "exchange.stage." + name();
    }
}
