package org.homeward.casefile;

import java.math.BigDecimal;

/**
 * An amount in an ISO 4217 currency, such as a grant of 1,500.00 USD. Amounts are positive, with at most two
 * decimals, and below a ceiling no single support entry of this programme comes near.
 */
public record Money(BigDecimal amount, String currency) {

    public static final BigDecimal CEILING = new BigDecimal("100000000");

    public Money add(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public boolean exceeds(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) > 0;
    }

    /** Why this is not a valid amount, or null when it is. */
    public static String problemWith(Money money) {
        if (money == null || money.amount() == null) {
            return "an amount is required";
        }
        if (!CurrencyCodes.isIso4217(money.currency())) {
            return "the currency must be an ISO 4217 code such as USD, IDR or KES";
        }
        if (money.amount().signum() <= 0) {
            return "the amount must be more than zero";
        }
        if (money.amount().scale() > 2 && money.amount().stripTrailingZeros().scale() > 2) {
            return "the amount can have at most two decimals";
        }
        if (money.amount().compareTo(CEILING) >= 0) {
            return "the amount is implausibly large";
        }
        return null;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
