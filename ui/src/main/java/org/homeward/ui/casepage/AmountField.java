package org.homeward.ui.casepage;

import java.math.BigDecimal;
import java.util.Map;

import org.homeward.casefile.Money;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.value.ValueChangeMode;

/** An amount of money with its currency: positive (or zero where allowed), two decimals at most, below the ceiling. */
final class AmountField extends StepField {
    /** A business that earns nothing is reported as such: the case accepts an income of zero. */
    static final java.util.Set<String> MAY_BE_ZERO = java.util.Set.of("monthlyIncome");
    final MoneyField money;

    AmountField(String name, boolean required, StepContext context) {
        super(name, required, context);
        money = new MoneyField(label(), context.t("field.amount"), context.t("field.currency"));
        money.amount.setValueChangeMode(ValueChangeMode.EAGER);
        money.addValueChangeListener(change -> validate());
        money.amount.addValueChangeListener(change -> validate());
        money.setRequiredIndicatorVisible(required);
    }

    Component component() {
        return money;
    }

    Object value() {
        return money.getValue();
    }

    @Override
    String problem() {
        Money value = money.getValue();
        if (value == null) {
            return money.amount.isEmpty() ? super.problem() : context.t("validation.amount");
        }
        if (value.amount() == null || value.currency() == null) {
            return context.t("validation.amountAndCurrency");
        }
        boolean zeroAllowed = MAY_BE_ZERO.contains(name);
        if (value.amount().signum() < 0 || value.amount().signum() == 0 && !zeroAllowed
                || value.amount().stripTrailingZeros().scale() > 2
                || value.amount().compareTo(Money.CEILING) >= 0) {
            return context.t("validation.amount");
        }
        return null;
    }

    void fill(Object json) {
        if (json instanceof Map<?, ?> map && map.get("amount") != null) {
            money.setValue(new Money(new BigDecimal(map.get("amount").toString()), String.valueOf(map.get("currency"))));
        } else {
            money.setValue(null);
        }
    }
}
