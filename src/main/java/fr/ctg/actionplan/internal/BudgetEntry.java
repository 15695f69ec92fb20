package fr.ctg.actionplan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a fiche action's budget: a funder and its amount (€). */
@Embeddable
public class BudgetEntry {

    @Column(nullable = false, length = 200)
    private String funder;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected BudgetEntry() {
    }

    public BudgetEntry(String funder, BigDecimal amount) {
        this.funder = funder;
        this.amount = amount;
    }

    public String getFunder() { return funder; }
    public BigDecimal getAmount() { return amount; }
}
